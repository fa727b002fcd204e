/**
 * Request bodies exactly as `@forge/kvs` 1.6 sends them (see its storage-api.js, query.js,
 * entity-query.js, transaction-api.js). Schemas check shape only; Forge's limits are checked after
 * parsing so each rejection carries Forge's own code rather than a generic BAD_REQUEST.
 */
import { z } from 'zod';

const metadataField = z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME']);
export type MetadataField = z.infer<typeof metadataField>;

/** JSON cannot carry `undefined`; Forge accepts string, number, boolean, array or object, not null. */
const storedValue = z.unknown().refine((v) => v !== undefined && v !== null, 'value is required');

const getOptions = z.object({ metadataFields: z.array(metadataField).optional() }).optional();

export const ttlSchema = z.object({
  value: z.number(),
  unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']),
});
export type Ttl = z.infer<typeof ttlSchema>;

const setOptions = z
  .object({
    ttl: ttlSchema.optional(),
    keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
    returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
    returnMetadataFields: z.array(metadataField).optional(),
  })
  .optional();
export type SetOptions = NonNullable<z.infer<typeof setOptions>>;

const clause = z.object({ condition: z.string(), values: z.array(z.unknown()) });
export type Clause = z.infer<typeof clause>;
const propertyClause = clause.extend({ property: z.string() });
export type PropertyClause = z.infer<typeof propertyClause>;

/** `{ and: [...] }` or `{ or: [...] }`: entity query filters and transaction conditions share it. */
const filterGroup = z.object({
  and: z.array(propertyClause).optional(),
  or: z.array(propertyClause).optional(),
});
export type FilterGroup = z.infer<typeof filterGroup>;

const entityName = z.string();

export const getRequest = z.object({ key: z.string(), options: getOptions });
export const setRequest = z.object({ key: z.string(), value: storedValue, options: setOptions });
export const deleteRequest = z.object({ key: z.string() });

export const queryRequest = z.object({
  limit: z.number().optional(),
  after: z.string().optional(),
  where: z.array(propertyClause).optional(),
  options: getOptions,
});

export const entityGetRequest = getRequest.extend({ entityName });
export const entitySetRequest = setRequest.extend({ entityName });
export const entityDeleteRequest = deleteRequest.extend({ entityName });

export const entityQueryRequest = z.object({
  entityName,
  indexName: z.string(),
  partition: z.array(z.unknown()).optional(),
  range: clause.optional(),
  filters: filterGroup.optional(),
  sort: z.enum(['ASC', 'DESC']).optional(),
  cursor: z.string().optional(),
  limit: z.number().optional(),
  options: getOptions,
  // The SDK's declared type puts this at the top level, while its builder nests it under options.
  metadataFields: z.array(metadataField).optional(),
});
export type EntityQueryRequest = z.infer<typeof entityQueryRequest>;

const itemSetOptions = z.object({ ttl: ttlSchema.optional() }).optional();

export const batchSetRequest = z.array(
  z.object({
    key: z.string(),
    value: storedValue,
    entityName: entityName.optional(),
    options: itemSetOptions,
  }),
);
export const batchGetRequest = z.array(
  z.object({ key: z.string(), entityName: entityName.optional(), options: getOptions }),
);
export const batchDeleteRequest = z.array(z.object({ key: z.string(), entityName: entityName.optional() }));

const transactionTarget = {
  key: z.string(),
  entityName: entityName.optional(),
  conditions: filterGroup.optional(),
};
export const transactionRequest = z.object({
  set: z.array(z.object({ ...transactionTarget, value: storedValue, options: itemSetOptions })).optional(),
  delete: z.array(z.object(transactionTarget)).optional(),
  check: z.array(z.object({ ...transactionTarget, conditions: filterGroup })).optional(),
});
export type TransactionRequest = z.infer<typeof transactionRequest>;

/** How the SDK addresses this service through `__forge_fetch__` when no direct KVS endpoint is configured. */
export function isKvsDescriptor(descriptor: unknown): boolean {
  return (
    typeof descriptor === 'object' && descriptor !== null && (descriptor as { type?: unknown }).type === 'kvs'
  );
}

/**
 * Custom entities as declared under `app.storage.entities` in manifest.yml: typed attributes and
 * indexes with an optional partition and one range attribute. Like Forge, the store refuses entities
 * and indexes the manifest does not declare, so a missing declaration fails locally, not after deploy.
 */
import {
  checkClause,
  clausesOf,
  compareValues,
  matchesClause,
  matchesGroup,
  attributeOf,
  RANGE_CONDITIONS,
} from './conditions';
import { paginate } from './cursor';
import { errors } from './kvs-errors';
import { checkEntityName, DEFAULT_QUERY_LIMIT, MAX_QUERY_LIMIT } from './kvs-limits';
import type { Meter } from './stats';
import { entitySpace, itemBytes, toWireItem, type StoredItem, type Store, type WireItem } from './store';
import type { EntityQueryRequest } from './wire';

export type AttributeType = 'string' | 'integer' | 'float' | 'boolean' | 'any';

/** The manifest's own shape, so the runtime can pass `app.storage.entities` through unchanged. */
export interface EntityDefinition {
  name: string;
  attributes: Record<string, { type: AttributeType }>;
  indexes?: Array<string | { name: string; range: string[]; partition?: string[] }>;
}

interface Index {
  name: string;
  range: string;
  partition: string[];
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

export class EntityCatalog {
  private readonly definitions = new Map<string, EntityDefinition>();

  define(definitions: readonly EntityDefinition[]): void {
    for (const definition of definitions) this.definitions.set(definition.name, definition);
  }

  require(entityName: string): EntityDefinition {
    const nameError = checkEntityName(entityName);
    if (nameError) throw nameError;
    const definition = this.definitions.get(entityName);
    if (!definition) {
      throw errors.invalidEntityType(
        `The entity "${entityName}" is not declared under app.storage.entities.`,
      );
    }
    return definition;
  }

  /** A string index is shorthand for an index named after, and ranging over, one attribute. */
  index(definition: EntityDefinition, indexName: string): Index {
    for (const declared of definition.indexes ?? []) {
      if (typeof declared === 'string' && declared === indexName) {
        return { name: declared, range: declared, partition: [] };
      }
      if (typeof declared === 'object' && declared.name === indexName && declared.range[0] !== undefined) {
        return { name: declared.name, range: declared.range[0], partition: declared.partition ?? [] };
      }
    }
    throw errors.invalidEntityIndex(`The entity "${definition.name}" declares no index "${indexName}".`);
  }
}

/** Declared attributes must have their declared type; undeclared ones are kept as they are. */
export function checkEntityValue(definition: EntityDefinition, value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw errors.invalidEntityValue(`An entity value must be an object.`);
  }
  for (const [name, attribute] of Object.entries(definition.attributes)) {
    const actual = (value as Record<string, unknown>)[name];
    if (actual !== undefined && !hasType(actual, attribute.type)) {
      throw errors.invalidEntityValue(`Attribute "${name}" must be of type ${attribute.type}.`);
    }
  }
}

export function queryEntities(
  store: Store,
  meter: Meter,
  catalog: EntityCatalog,
  request: EntityQueryRequest,
): { data: WireItem[]; cursor?: string } {
  const definition = catalog.require(request.entityName);
  const index = catalog.index(definition, request.indexName);
  const limit = request.limit ?? DEFAULT_QUERY_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_QUERY_LIMIT) throw errors.pageLimitNotInRange();
  const partition = request.partition ?? [];
  if (partition.length !== index.partition.length) {
    throw errors.badRequest(`index "${index.name}" needs a partition of ${index.partition.length} value(s)`);
  }
  if (request.range) checkClause(request.range, RANGE_CONDITIONS);
  if (request.filters) clausesOf(request.filters);

  const direction = request.sort === 'DESC' ? -1 : 1;
  const order = (a: Row, b: { key: string; range: unknown }) =>
    direction * (compareValues(a.range, b.range) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  // A filter applies before the page limit here; Forge's documentation does not say which comes first.
  const rows = store
    .entries(entitySpace(request.entityName))
    .map(([key, item]): Row => ({ key, item, range: attributeOf(item.value, index.range) }))
    .filter(
      (row) =>
        row.range !== undefined &&
        index.partition.every(
          (name, i) => compareValues(attributeOf(row.item.value, name), partition[i]) === 0,
        ) &&
        (request.range === undefined || matchesClause(request.range, row.range)) &&
        (request.filters === undefined || matchesGroup(request.filters, row.item.value)),
    )
    .sort(order);

  const { page, nextCursor } = paginate(
    rows,
    limit,
    request.cursor,
    (row, at) => order(row, { key: at.k, range: at.r }) > 0,
    (row) => ({ k: row.key, r: row.range }),
  );

  meter.query(page.map((row) => itemBytes(row.key, row.item.value)));
  const fields = request.options?.metadataFields ?? request.metadataFields;
  return {
    data: page.map((row) => toWireItem(row.key, row.item, fields)),
    ...(nextCursor === undefined ? {} : { cursor: nextCursor }),
  };
}

interface Row {
  key: string;
  item: StoredItem;
  range: unknown;
}

function hasType(value: unknown, type: AttributeType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value) && (value as number) >= INT32_MIN && (value as number) <= INT32_MAX;
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'any':
      return true;
  }
}

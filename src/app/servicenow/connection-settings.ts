import { z } from 'zod';
import { mappingSchema, type ServiceNowMapping } from '../../domain/servicenow';
import type { Credentials } from './credentials';

const secret = (what: string) => z.string().min(1, `${what} is required.`).max(500);

/** Credentials as the admin page sends them; never sent back (the page only learns which kind is stored). */
export const credentialsInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('basic'), userName: secret('The user name'), password: secret('The password') }),
  z.object({
    kind: z.literal('oauth-password'),
    clientId: secret('The client id'),
    clientSecret: secret('The client secret'),
    userName: secret('The user name'),
    password: secret('The password'),
  }),
  z.object({
    kind: z.literal('oauth-client-credentials'),
    clientId: secret('The client id'),
    clientSecret: secret('The client secret'),
  }),
]) satisfies z.ZodType<Credentials, unknown>;

export const AUTH_KINDS = ['oauth-client-credentials', 'oauth-password', 'basic'] as const;

/** What the admin page saves: the instance, how to sign in (credentials absent = keep the stored ones), the mapping. */
export const connectionInputSchema = z.object({
  instanceUrl: z.string().min(1, 'Enter the instance URL.').max(300),
  confirmCustomDomain: z.boolean().default(false),
  authKind: z.enum(AUTH_KINDS),
  credentials: credentialsInputSchema.optional(),
  mapping: mappingSchema.default(mappingSchema.parse({})),
  /** How far back the first sync reads. */
  firstSyncMonths: z.number().int().min(1).max(24).default(3),
  /** Whether the hourly sync runs. */
  enabled: z.boolean().default(true),
});
export type ConnectionInput = z.input<typeof connectionInputSchema>;

/** What is stored in plain storage: no credential. */
export const storedConnectionSchema = z.object({
  instanceUrl: z.string(),
  customDomain: z.boolean(),
  authKind: z.enum(AUTH_KINDS),
  mapping: mappingSchema,
  firstSyncMonths: z.number().int(),
  enabled: z.boolean(),
  savedAt: z.string(),
});
export type StoredConnection = z.infer<typeof storedConnectionSchema> & { mapping: ServiceNowMapping };

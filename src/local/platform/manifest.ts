import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ON_ERROR } from './trigger-filter';
import { checkUnlicensedAccess } from './unlicensed-access';

/**
 * The parts of manifest.yml the local runtime acts on. The full schema is checked by the platform
 * validator in `npm test`; here a wrong shape is reported plainly instead of failing later.
 */
const functionSchema = z.object({
  key: z.string(),
  handler: z.string(),
  timeoutSeconds: z.number().optional(),
});
const resolverRef = z.object({ function: z.string() }).optional();
const uiModuleSchema = z
  .object({
    key: z.string(),
    title: z.string().optional(),
    resource: z.string(),
    resolver: resolverRef,
    edit: z.object({ resource: z.string() }).optional(),
    /** Portal footers: the portal pages the module is shown on (all when absent). */
    pages: z.array(z.string()).optional(),
  })
  .passthrough();

/**
 * `permissions.scopes` is a list, or a map whose entries may say `allowImpersonation: true`: the
 * scopes the app may use while it acts for a user who is not present, `asUser(accountId)`
 * (https://developer.atlassian.com/platform/forge/manifest-reference/permissions/, "offline user
 * impersonation"). Read here as the granted scopes plus the subset allowed for impersonation.
 */
const permissionsSchema = z
  .object({
    scopes: z
      .union([
        z.array(z.string()),
        z.record(z.string(), z.object({ allowImpersonation: z.boolean().optional() }).strict()),
      ])
      .default([]),
  })
  .default({ scopes: [] })
  .transform(({ scopes }) =>
    Array.isArray(scopes)
      ? { scopes, impersonationScopes: [] as string[] }
      : {
          scopes: Object.keys(scopes),
          impersonationScopes: Object.entries(scopes)
            .filter(([, options]) => options.allowImpersonation === true)
            .map(([scope]) => scope),
        },
  );

/**
 * A `webtrigger` module: an HTTPS URL that invokes a function
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/web-trigger/).
 * `response.type` is `dynamic` (the function builds each response) or `static` (the platform
 * answers one of at most 20 `outputs` declared here, body ≤ 1,024 characters, per the schema of
 * @forge/manifest). Only apps whose web triggers are static stay eligible for "Runs on Atlassian"
 * (https://developer.atlassian.com/platform/forge/runs-on-atlassian/: "Eligible apps can use web
 * triggers, only if the apps use static web triggers").
 */
const webTriggerSchema = z
  .object({
    key: z.string(),
    function: z.string(),
    response: z
      .discriminatedUnion('type', [
        z.object({ type: z.literal('dynamic') }).strict(),
        z
          .object({
            type: z.literal('static'),
            outputs: z
              .array(
                z
                  .object({
                    key: z.string().max(255),
                    statusCode: z.number().int(),
                    body: z.string().max(1024).optional(),
                    contentType: z.string().max(255).optional(),
                  })
                  .strict(),
              )
              .min(1)
              .max(20),
          })
          .strict(),
      ])
      .optional(),
    urlFormat: z.enum(['v1', 'v2']).optional(),
  })
  .strict();

const manifestSchema = z.object({
  app: z.object({
    id: z.string(),
    runtime: z.object({ name: z.string() }),
    storage: z
      .object({
        entities: z
          .array(
            z.object({
              name: z.string(),
              attributes: z.record(
                z.string(),
                z.object({ type: z.enum(['string', 'integer', 'float', 'boolean', 'any']) }),
              ),
              indexes: z
                .array(
                  z.union([
                    z.string(),
                    z.object({
                      name: z.string(),
                      range: z.array(z.string()),
                      partition: z.array(z.string()).optional(),
                    }),
                  ]),
                )
                .optional(),
            }),
          )
          .default([]),
      })
      .optional(),
  }),
  permissions: permissionsSchema,
  resources: z.array(z.object({ key: z.string(), path: z.string() })).default([]),
  modules: z
    .object({
      function: z.array(functionSchema).default([]),
      trigger: z
        .array(
          z.object({
            key: z.string(),
            function: z.string(),
            events: z.array(z.string()),
            filter: z
              .object({
                ignoreSelf: z.boolean().optional(),
                expression: z.string().optional(),
                onError: z.enum(ON_ERROR).optional(),
              })
              .optional(),
          }),
        )
        .default([]),
      scheduledTrigger: z
        .array(
          z.object({
            key: z.string(),
            function: z.string(),
            interval: z.enum(['fiveMinute', 'hour', 'day', 'week']),
          }),
        )
        // "Apps can declare up to five scheduled triggers in the manifest.yml file."
        // (https://developer.atlassian.com/platform/forge/manifest-reference/modules/scheduled-trigger/)
        .max(5, 'An app can declare at most 5 scheduled triggers (modules.scheduledTrigger).')
        // "Total number of scheduled trigger modules with fiveMinute intervals in an app: 1"
        // (https://developer.atlassian.com/platform/forge/limits-scheduled-trigger/)
        .refine((triggers) => triggers.filter((trigger) => trigger.interval === 'fiveMinute').length <= 1, {
          message: 'An app can declare at most one scheduled trigger with interval fiveMinute.',
        })
        .default([]),
      consumer: z.array(z.object({ key: z.string(), queue: z.string(), function: z.string() })).default([]),
      webtrigger: z.array(webTriggerSchema).default([]),
    })
    .catchall(z.unknown()),
});

export type AppManifest = z.infer<typeof manifestSchema>;
export type TriggerModule = AppManifest['modules']['trigger'][number];
export type WebTriggerModule = AppManifest['modules']['webtrigger'][number];

export interface UiModule {
  type: string;
  key: string;
  title: string;
  resource: string;
  editResource?: string;
  resolverFunction?: string;
  /** Who besides licensed users may see it (see unlicensed-access.ts). */
  unlicensedAccess?: readonly string[];
  /** Portal footers: the portal pages it is shown on (`help_center`, `portal`, …); all when absent. */
  pages?: readonly string[];
}

export function loadManifest(appDir: string): AppManifest {
  const text = readFileSync(join(appDir, 'manifest.yml'), 'utf8');
  const parsed = manifestSchema.safeParse(parse(text));
  if (!parsed.success) throw new Error(`manifest.yml cannot be run locally: ${parsed.error.message}`);
  const functions = new Set(parsed.data.modules.function.map((fn) => fn.key));
  // Forge's manifest validation refuses a module that names a function the manifest lacks.
  for (const trigger of parsed.data.modules.webtrigger) {
    if (!functions.has(trigger.function))
      throw new Error(
        `manifest.yml: web trigger ${trigger.key} names function ${trigger.function}, which is not declared`,
      );
  }
  // Forge refuses to deploy more than one jira:globalPage per app:
  // https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-global-page/
  const globalPages = z.array(z.unknown()).safeParse(parsed.data.modules['jira:globalPage'] ?? []);
  if (globalPages.success && globalPages.data.length > 1)
    throw new Error('manifest.yml: an app may declare only one jira:globalPage module');
  return parsed.data;
}

const UI_MODULE_TYPES = [
  'jira:issuePanel',
  'jira:dashboardGadget',
  'jiraServiceManagement:portalRequestDetail',
  'jiraServiceManagement:portalSubheader',
  'jiraServiceManagement:portalFooter',
  'jira:adminPage',
  'jira:globalPage',
] as const;

/** The Custom UI modules the host pages can frame. */
export function uiModules(manifest: AppManifest): UiModule[] {
  return UI_MODULE_TYPES.flatMap((type) => {
    const entries = z.array(uiModuleSchema).safeParse(manifest.modules[type] ?? []);
    if (!entries.success)
      throw new Error(`manifest.yml: ${type} modules cannot be read: ${entries.error.message}`);
    return entries.data.map((module) => ({
      type,
      key: module.key,
      title: module.title ?? module.key,
      resource: module.resource,
      editResource: module.edit?.resource,
      resolverFunction: module.resolver?.function,
      unlicensedAccess: checkUnlicensedAccess(type, module.key, module.unlicensedAccess),
      ...(module.pages ? { pages: module.pages } : {}),
    }));
  });
}

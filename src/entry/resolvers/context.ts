import { z } from 'zod';
import { AppError } from '../../app/errors';
import { gadgetConfigurationSchema } from '../../contract/gadget-configuration';
import type { GadgetConfiguration } from '../../contract/gadgets';
import type { GadgetConfig } from '../../contract/resolvers';

/**
 * Readers of the invocation context the platform attaches to every resolver call. Identity and
 * module context come from here, never from the payload the browser sends.
 */
const accountSchema = z.object({ accountId: z.string().min(1) });
const issueSchema = z.object({
  extension: z.object({ issue: z.object({ id: z.string(), key: z.string() }) }),
});
const requestSchema = z.object({ extension: z.object({ request: z.object({ key: z.string() }) }) });
const gadgetSchema = z.object({
  extension: z.object({
    gadgetConfiguration: z
      .object({ projectKey: z.string().min(1), days: z.coerce.number().int().min(1).max(365) })
      .nullish(),
  }),
});

function read<T>(schema: z.ZodType<T>, context: unknown, what: string): T {
  const parsed = schema.safeParse(context);
  if (!parsed.success) throw new AppError('INVALID_INPUT', `This view was opened without ${what}.`);
  return parsed.data;
}

export const viewerOf = (context: unknown) => read(accountSchema, context, 'a signed-in user').accountId;

const localeSchema = z.object({ locale: z.string().min(2).optional() });
/** The locale the surface is shown in, when the platform says. */
export const localeOf = (context: unknown) => localeSchema.safeParse(context).data?.locale ?? null;
export const issueOf = (context: unknown) => read(issueSchema, context, 'an issue').extension.issue;
export const requestKeyOf = (context: unknown) =>
  read(requestSchema, context, 'a request').extension.request.key;

export function gadgetConfigOf(context: unknown): GadgetConfig {
  const config = read(gadgetSchema, context, 'a valid gadget configuration').extension.gadgetConfiguration;
  if (!config) throw new AppError('NOT_CONFIGURED', 'Choose a project in this gadget’s settings.');
  return config;
}

const moduleSchema = z.object({
  moduleKey: z.string(),
  extension: z.object({ gadgetConfiguration: z.unknown() }),
});

/**
 * The dashboard gadget's saved configuration; a gadget not configured yet shows the defaults
 * (every project the viewer may browse, the last 30 days).
 */
export function gadgetCallOf(context: unknown): { moduleKey: string; config: GadgetConfiguration } {
  const { moduleKey, extension } = read(moduleSchema, context, 'a dashboard gadget');
  const parsed = gadgetConfigurationSchema.safeParse(extension.gadgetConfiguration ?? {});
  if (!parsed.success) {
    throw new AppError(
      'INVALID_INPUT',
      'This gadget’s settings are not valid; open its settings and save them again.',
      parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
    );
  }
  return { moduleKey, config: parsed.data };
}

import { z } from 'zod';
import { AppError } from '../../app/errors';
import { gadgetConfigurationSchema } from '../../contract/gadget-configuration';
import type { GadgetConfiguration } from '../../contract/gadgets';

/**
 * Readers of the invocation context the platform attaches to every resolver call. Identity and
 * module context come from here, never from the payload the browser sends.
 */
const accountSchema = z.object({ accountId: z.string().min(1) });
const issueSchema = z.object({
  extension: z.object({ issue: z.object({ id: z.string(), key: z.string() }) }),
});
const requestSchema = z.object({ extension: z.object({ request: z.object({ key: z.string() }) }) });

function read<T>(schema: z.ZodType<T>, context: unknown, what: string): T {
  const parsed = schema.safeParse(context);
  if (!parsed.success) throw new AppError('INVALID_INPUT', `This view was opened without ${what}.`);
  return parsed.data;
}

export const viewerOf = (context: unknown) => read(accountSchema, context, 'a signed-in user').accountId;
/**
 * Refuses a call without a signed-in user before anything asks Jira as that user (`asUser()`,
 * which Forge refuses with NEEDS_AUTHENTICATION_ERR when no user is present).
 */
export const requireViewer = (context: unknown): void => void viewerOf(context);
export const issueOf = (context: unknown) => read(issueSchema, context, 'an issue').extension.issue;
export const requestKeyOf = (context: unknown) =>
  read(requestSchema, context, 'a request').extension.request.key;

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

const rowSchema = z
  .object({ key: z.string().max(200).optional(), cursor: z.string().max(2000).optional() })
  .strict();

/** A drill-down or export request: which breakdown row, and where the previous page stopped. */
export function rowOf(payload: unknown): { key?: string; cursor?: string } {
  const parsed = rowSchema.safeParse(payload ?? {});
  if (!parsed.success) throw new AppError('INVALID_INPUT', 'A drill-down takes a row key and a cursor only.');
  return parsed.data;
}

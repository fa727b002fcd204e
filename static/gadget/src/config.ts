import type { GadgetConfig } from '../../../src/contract/resolvers';

export const PERIODS = [7, 30, 90] as const;
export const DEFAULT_DAYS = 30;

/**
 * The saved configuration from `context.extension.gadgetConfiguration`, or null when the gadget
 * has not been configured (a new gadget has `{}`). Only used to choose what to show; the backend
 * reads its own copy from the invocation context.
 */
export function readGadgetConfig(extension: Record<string, unknown> | undefined): GadgetConfig | null {
  const raw = extension?.gadgetConfiguration;
  if (typeof raw !== 'object' || raw === null) return null;
  const { projectKey, days } = raw as Record<string, unknown>;
  if (typeof projectKey !== 'string' || projectKey === '') return null;
  const n = Number(days);
  return { projectKey, days: Number.isInteger(n) && n > 0 ? n : DEFAULT_DAYS };
}

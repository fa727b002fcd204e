import type { GadgetKind } from '../../../src/contract/gadgets';

/** Which of the four gadgets a frame is, from the manifest's module key. */
export const MODULE_KINDS: Record<string, GadgetKind> = {
  'cx-scorecard': 'scorecard',
  'cx-trend': 'trend',
  'cx-breakdown': 'breakdown',
  'cx-distribution': 'distribution',
};

export function gadgetKind(moduleKey: unknown): GadgetKind | null {
  return typeof moduleKey === 'string' && Object.hasOwn(MODULE_KINDS, moduleKey)
    ? (MODULE_KINDS[moduleKey] ?? null)
    : null;
}

export const KIND_TITLES: Record<GadgetKind, string> = {
  scorecard: 'CX scorecard',
  trend: 'CX trend',
  breakdown: 'CX breakdown',
  distribution: 'CX score distribution',
};

/** The edit-view fields, in the order they are shown. */
export type ConfigField =
  | 'projects'
  | 'requestTypes'
  | 'period'
  | 'timeZone'
  | 'metrics'
  | 'metric'
  | 'distributionMetric'
  | 'interval'
  | 'dimension'
  | 'targets';

const COMMON: ConfigField[] = ['projects', 'requestTypes', 'period', 'timeZone'];

/** The fields each gadget uses; the others keep their saved (or default) values. */
export const KIND_FIELDS: Record<GadgetKind, readonly ConfigField[]> = {
  scorecard: [...COMMON, 'metrics', 'targets'],
  trend: [...COMMON, 'metric', 'interval', 'targets'],
  breakdown: [...COMMON, 'metric', 'dimension', 'targets'],
  distribution: [...COMMON, 'distributionMetric'],
};

export const usesField = (kind: GadgetKind, field: ConfigField): boolean => KIND_FIELDS[kind].includes(field);

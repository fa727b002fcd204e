/**
 * The breakdowns a team lead can ask for (the gadget's dimension choice). Apart from the schema in
 * dimensions.ts so that a page can name them without bundling zod.
 */
export const DIMENSION_NAMES = ['agent', 'team', 'requestType', 'priority', 'organization'] as const;
export type DimensionName = (typeof DIMENSION_NAMES)[number];

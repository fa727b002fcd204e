/**
 * The gadgets' resolvers, typed by the contract in src/contract/gadgets.ts. View resolvers take no
 * payload: the backend reads the saved configuration from the invocation context.
 */
import { callResolver } from '../../shared/resolvers';

export const getGadgetOptions = () => callResolver('getGadgetOptions', {});
export const getScorecard = () => callResolver('getScorecard', {});
export const getTrend = () => callResolver('getTrend', {});
export const getBreakdown = () => callResolver('getBreakdown', {});
export const getDistribution = () => callResolver('getDistribution', {});
export const getDrilldown = (key: string, cursor?: string) =>
  callResolver('getDrilldown', cursor === undefined ? { key } : { key, cursor });
export const exportResponsesCsv = (key?: string) =>
  callResolver('exportResponsesCsv', key === undefined ? {} : { key });

/**
 * The gadgets' resolvers, typed by the contract in src/contract/gadgets.ts. View resolvers take no
 * payload: the backend reads the saved configuration from the invocation context.
 */
import { invoke } from '@forge/bridge';
import type { Envelope } from '../../../src/contract/envelope';
import type { GadgetResolverContract } from '../../../src/contract/gadgets';

type Contract = GadgetResolverContract;
export type GadgetResolverKey = keyof Contract;

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'data' in value : value.ok === false && 'error' in value;
}

/** A call that throws, or an answer that is not an envelope, becomes an UNAVAILABLE failure. */
export async function callGadgetResolver<K extends GadgetResolverKey>(
  key: K,
  payload: Contract[K]['payload'],
): Promise<Envelope<Contract[K]['answer']>> {
  let reply: unknown;
  try {
    reply = await invoke(key, payload as Record<string, unknown>);
  } catch (thrown) {
    const message =
      thrown instanceof Error && thrown.message ? thrown.message : 'The app could not be reached.';
    return { ok: false, error: { code: 'UNAVAILABLE', message } };
  }
  if (!isEnvelope(reply)) {
    return {
      ok: false,
      error: { code: 'UNAVAILABLE', message: 'The app sent an answer this gadget cannot read.' },
    };
  }
  return reply as Envelope<Contract[K]['answer']>;
}

export const getGadgetOptions = () => callGadgetResolver('getGadgetOptions', {});
export const getScorecard = () => callGadgetResolver('getScorecard', {});
export const getTrend = () => callGadgetResolver('getTrend', {});
export const getBreakdown = () => callGadgetResolver('getBreakdown', {});
export const getDistribution = () => callGadgetResolver('getDistribution', {});
export const getDrilldown = (key: string, cursor?: string) =>
  callGadgetResolver('getDrilldown', cursor === undefined ? { key } : { key, cursor });
export const exportResponsesCsv = (key?: string) =>
  callGadgetResolver('exportResponsesCsv', key === undefined ? {} : { key });

/**
 * One typed wrapper per resolver key. The contract types come straight from src/contract, so the
 * UI and the backend cannot drift apart; every answer is an Envelope, success or expected failure.
 */
import { invoke } from '@forge/bridge';
import type { Envelope } from '../../src/contract/envelope';
import type { ResolverContract, ResolverKey } from '../../src/contract/resolvers';

export type Answer<K extends ResolverKey> = ResolverContract[K]['answer'];
export type Payload<K extends ResolverKey> = ResolverContract[K]['payload'];

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'data' in value : value.ok === false && 'error' in value;
}

/** Calls one resolver; a reply that is not an envelope becomes an UNAVAILABLE failure. */
export async function callResolver<K extends ResolverKey>(
  key: K,
  payload: Payload<K>,
): Promise<Envelope<Answer<K>>> {
  const reply: unknown = await invoke(key, payload);
  if (!isEnvelope(reply)) {
    return {
      ok: false,
      error: { code: 'UNAVAILABLE', message: 'The app sent an answer this page cannot read.' },
    };
  }
  return reply as Envelope<Answer<K>>;
}

export const getIssueHistory = () => callResolver('getIssueHistory', {});
export const getResolutionsPerDay = () => callResolver('getResolutionsPerDay', {});
export const listProjects = () => callResolver('listProjects', {});
export const getRequestState = () => callResolver('getRequestState', {});
export const getAdminOverview = () => callResolver('getAdminOverview', {});

import { kvs } from '@forge/kvs';
import { keys } from '../../src/adapters/forge/keys';

/**
 * The survey loop's storage done the obvious way, as plain `@forge/kvs` calls: every piece read
 * and written under its own key, one request each. Same logical work as the real handlers (read
 * the settings, the ticket and the customer; write the ticket, the customer and the markers or
 * facts), so the benchmark can show what batching reads and writing in one transaction saves.
 */
export interface NaiveValues {
  ticket: unknown;
  customer: unknown;
  facts: unknown;
}

export async function naiveResolution(issueId: string, reporter: string, values: NaiveValues): Promise<void> {
  await kvs.get(keys.settings);
  await kvs.get(`naive:ticket:${issueId}`);
  await kvs.get(`naive:customer:${reporter}`);
  await kvs.set(`naive:ticket:${issueId}`, values.ticket);
  await kvs.set(`naive:customer:${reporter}`, values.customer);
  await kvs.set(`naive:res:day:${issueId}`, 1);
  await kvs.set(`naive:res:proj:${issueId}`, { projectKey: 'SD' });
}

export async function naiveResponse(issueId: string, respondent: string, values: NaiveValues): Promise<void> {
  await kvs.get(keys.settings);
  await kvs.get(`naive:ticket:${issueId}`);
  await kvs.get(`naive:customer:${respondent}`);
  await kvs.set(`naive:ticket:${issueId}`, values.ticket);
  await kvs.set(`naive:customer:${respondent}`, values.customer);
  await kvs.set(`naive:fact:${issueId}`, values.facts);
  await kvs.set(`naive:dirty:${issueId}`, 1);
}

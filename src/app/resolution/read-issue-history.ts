import type { IssueHistory } from '../../contract/resolvers';
import type { ResolutionStore } from '../ports/resolution-store';

/** A ticket's recorded resolutions and reopens, oldest first. */
export async function readIssueHistory(
  store: ResolutionStore,
  issue: { id: string; key: string },
): Promise<IssueHistory> {
  const events = await store.historyOf(issue.id);
  events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.changelogId.localeCompare(b.changelogId));
  return { issueKey: issue.key, events };
}

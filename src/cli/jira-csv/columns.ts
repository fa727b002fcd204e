import { UsageError } from '../io';

/** The fields read from a Jira / JSM export, each with the header names it goes by. */
const KNOWN = {
  key: ['Issue key', 'Key'],
  id: ['Issue id', 'Issue ID', 'Id'],
  created: ['Created'],
  resolved: ['Resolved', 'Resolution date'],
  priority: ['Priority'],
  requestType: ['Custom field (Request Type)', 'Request Type', 'Customer Request Type'],
  issueType: ['Issue Type'],
  project: ['Project key'],
  assignee: ['Assignee Id', 'Assignee'],
  reporter: ['Reporter Id', 'Reporter'],
  satisfaction: ['Custom field (Satisfaction)', 'Satisfaction', 'Satisfaction rating'],
  satisfactionDate: ['Custom field (Satisfaction date)', 'Satisfaction date'],
  timeSpent: ['Time Spent'],
} as const;

const REQUIRED = ['key', 'id', 'created'] as const;

export type CsvField = keyof typeof KNOWN;

/** Where each known field sits in a row, and every `Comment` column. */
export interface Columns {
  index: Partial<Record<CsvField, number>>;
  comments: number[];
  /** Comment authors are account ids; they can be matched to the reporter only by id. */
  reporterIsId: boolean;
}

const normalise = (name: string) => name.trim().toLowerCase();

/**
 * Finds the known columns in a header row, preferring the first listed name (ids over display
 * names). Throws {@link UsageError} naming the columns it needs when the layout is unknown.
 */
export function resolveColumns(header: readonly string[]): Columns {
  const positions = new Map<string, number>();
  header.forEach((name, i) => {
    if (!positions.has(normalise(name))) positions.set(normalise(name), i);
  });
  const index: Partial<Record<CsvField, number>> = {};
  for (const [field, names] of Object.entries(KNOWN) as [CsvField, readonly string[]][]) {
    const found = names.map((name) => positions.get(normalise(name))).find((i) => i !== undefined);
    if (found !== undefined) index[field] = found;
  }
  const missing = REQUIRED.filter((field) => index[field] === undefined);
  if (missing.length > 0) {
    const needed = missing.map((field) => `"${KNOWN[field][0]}"`).join(', ');
    throw new UsageError(
      `unknown column layout: a Jira CSV export needs the columns ${needed} (besides "Issue key", "Issue id", "Created": optional "Resolved", "Priority", "Custom field (Request Type)", "Assignee", "Reporter", "Custom field (Satisfaction)")`,
    );
  }
  const comments = header.flatMap((name, i) => (normalise(name) === 'comment' ? [i] : []));
  const reporterIsId = positions.has(normalise('Reporter Id'));
  return { index, comments, reporterIsId };
}

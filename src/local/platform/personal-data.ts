import { z } from 'zod';

/**
 * The platform's personal-data reporting endpoint, `POST /app/report-accounts`, which
 * `privacy.reportPersonalData` of `@forge/api` calls (privacy/index.js: up to `LIMIT` = 90
 * accounts per request, several requests at once for a longer list), as the user privacy guide
 * documents it (https://developer.atlassian.com/platform/forge/user-privacy-guidelines/ and
 * https://developer.atlassian.com/platform/forge/runtime-reference/privacy-api/):
 * - the body lists at most 90 `{ accountId, updatedAt }`; more, or a malformed body, is a 400;
 * - 200 with `{ accounts: [{ accountId, status }] }` for the accounts that need action: `closed`
 *   (erase what is stored about it) or `updated` (its profile changed after `updatedAt`: refresh
 *   what is stored); `closed` wins when both hold;
 * - 204 with no body when none does.
 */
export const REPORT_LIMIT = 90;

const reportSchema = z.object({
  accounts: z
    .array(z.object({ accountId: z.string().min(1), updatedAt: z.iso.datetime({ offset: true }) }))
    .max(REPORT_LIMIT, `At most ${REPORT_LIMIT} accounts may be reported per request.`),
});

/**
 * What the platform knows of the site's accounts' lifecycle: which were closed, when each profile
 * last changed, and every report the app made (for tests and the control API to look at).
 */
export class LocalAccounts {
  readonly closed = new Set<string>();
  private readonly changedAt = new Map<string, number>();
  /** The account ids of each accepted report request, in order. */
  readonly reports: string[][] = [];

  profileChanged(accountId: string, atMs: number): void {
    this.changedAt.set(accountId, atMs);
  }

  statusOf(accountId: string, updatedAtMs: number): 'closed' | 'updated' | null {
    if (this.closed.has(accountId)) return 'closed';
    const changed = this.changedAt.get(accountId);
    return changed !== undefined && changed > updatedAtMs ? 'updated' : null;
  }
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export function answerReport(body: unknown, accounts: LocalAccounts): Response {
  const report = reportSchema.safeParse(body);
  if (!report.success) {
    return json(400, { message: report.error.issues.map((issue) => issue.message).join('; ') });
  }
  accounts.reports.push(report.data.accounts.map(({ accountId }) => accountId));
  const updates = report.data.accounts.flatMap(({ accountId, updatedAt }) => {
    const status = accounts.statusOf(accountId, Date.parse(updatedAt));
    return status ? [{ accountId, status }] : [];
  });
  if (updates.length === 0) return new Response(null, { status: 204 });
  return json(200, { accounts: updates });
}

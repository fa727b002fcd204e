import api, { route } from '@forge/api';
import { z } from 'zod';
import { readJson } from './read-json';

/**
 * How many changelogs and worklogs Jira embeds in an issue before it cuts the list short.
 *
 * - `expand=changelog` on an issue read or a search "returns a maximum of 40 changelogs"
 *   (Jira REST v3, Get issue / Bulk fetch issues, `expand`; for the enhanced search see
 *   https://jira.atlassian.com/browse/JRACLOUD-96459). The rest is read from
 *   `GET /rest/api/3/issue/{issueIdOrKey}/changelog` (paged by `startAt`/`maxResults`, `isLast`).
 * - `fields.worklog` carries at most 20 worklogs with the full `total`
 *   (https://github.com/atlassian/atlassian-mcp-server/issues/180); the rest is read from
 *   `GET /rest/api/3/issue/{issueIdOrKey}/worklog` (paged by `startAt`/`maxResults`, `total`).
 *
 * A list is read again in full when its `total` says it is longer than what came, or, if Jira
 * left `total` out, when it is as long as the cut. Comments follow the same rule against their
 * `total`, though no cut is documented for them.
 */
export const EMBEDDED_CHANGELOG_LIMIT = 40;
export const EMBEDDED_WORKLOG_LIMIT = 20;

const CHANGELOG_PAGE = 100;
const WORKLOG_PAGE = 1000;
const COMMENT_PAGE = 100;

const json = { headers: { Accept: 'application/json' } };

const count = z.number().int().nonnegative();
const issueShape = z
  .object({
    key: z.string(),
    changelog: z
      .object({ histories: z.array(z.unknown()), total: count.optional() })
      .passthrough()
      .nullish(),
    fields: z
      .object({
        worklog: z
          .object({ worklogs: z.array(z.unknown()), total: count.optional() })
          .passthrough()
          .nullish(),
        comment: z
          .object({ comments: z.array(z.unknown()), total: count.optional() })
          .passthrough()
          .nullish(),
      })
      .passthrough()
      .nullish(),
  })
  .passthrough();

const changelogPage = z.object({
  startAt: count,
  values: z.array(z.unknown()),
  isLast: z.boolean().optional(),
  total: count.optional(),
});
const worklogPage = z.object({ startAt: count, worklogs: z.array(z.unknown()), total: count });
const commentPage = z.object({ startAt: count, comments: z.array(z.unknown()), total: count });

function cutShort(list: readonly unknown[], total: number | undefined, limit: number): boolean {
  return total === undefined ? list.length >= limit : total > list.length;
}

/** Every page of an offset-paged list, until the page says it is the last or the total is reached. */
async function allPages(
  read: (
    startAt: number,
  ) => Promise<{ startAt: number; values: unknown[]; isLast?: boolean; total?: number }>,
): Promise<unknown[]> {
  const all: unknown[] = [];
  for (;;) {
    const startAt = all.length;
    const page = await read(startAt);
    // A page from elsewhere in the list would repeat items, or never reach the end.
    if (page.startAt !== startAt) throw new Error(`Jira answered startAt ${page.startAt} for ${startAt}`);
    all.push(...page.values);
    const done =
      page.isLast === true ||
      page.values.length === 0 ||
      (page.total !== undefined && all.length >= page.total);
    if (done) return all;
  }
}

const changelogOf = (key: string) =>
  allPages(async (startAt) =>
    changelogPage.parse(
      await readJson(
        await api
          .asApp()
          .requestJira(
            route`/rest/api/3/issue/${key}/changelog?startAt=${startAt}&maxResults=${CHANGELOG_PAGE}`,
            json,
          ),
        `reading the changelog of ${key}`,
      ),
    ),
  );

const worklogsOf = (key: string) =>
  allPages(async (startAt) => {
    const page = worklogPage.parse(
      await readJson(
        await api
          .asApp()
          .requestJira(
            route`/rest/api/3/issue/${key}/worklog?startAt=${startAt}&maxResults=${WORKLOG_PAGE}`,
            json,
          ),
        `reading the worklogs of ${key}`,
      ),
    );
    return { startAt: page.startAt, values: page.worklogs, total: page.total };
  });

const commentsOf = (key: string) =>
  allPages(async (startAt) => {
    const page = commentPage.parse(
      await readJson(
        await api
          .asApp()
          .requestJira(
            route`/rest/api/3/issue/${key}/comment?startAt=${startAt}&maxResults=${COMMENT_PAGE}`,
            json,
          ),
        `reading the comments of ${key}`,
      ),
    );
    return { startAt: page.startAt, values: page.comments, total: page.total };
  });

/**
 * The issue with its whole changelog, worklogs and comments: the lists Jira cut short in the
 * issue read or search answer are read again from their paged endpoints and put in their place,
 * so the capture sees every reopen and every worklog. An issue with nothing cut costs no call.
 * The order of the lists is Jira's and not relied upon: the capture sorts by time.
 */
export async function withWholeLists(issue: unknown): Promise<unknown> {
  const parsed = issueShape.safeParse(issue);
  if (!parsed.success) return issue;
  const { key, changelog, fields } = parsed.data;
  const whole = { ...parsed.data };
  if (changelog && cutShort(changelog.histories, changelog.total, EMBEDDED_CHANGELOG_LIMIT)) {
    const all = await changelogOf(key);
    whole.changelog = { ...changelog, startAt: 0, maxResults: all.length, total: all.length, histories: all };
  }
  if (fields) {
    const { worklog, comment } = fields;
    const nextFields = { ...fields };
    if (worklog && cutShort(worklog.worklogs, worklog.total, EMBEDDED_WORKLOG_LIMIT)) {
      const all = await worklogsOf(key);
      nextFields.worklog = {
        ...worklog,
        startAt: 0,
        maxResults: all.length,
        total: all.length,
        worklogs: all,
      };
    }
    if (comment?.total !== undefined && comment.total > comment.comments.length) {
      const all = await commentsOf(key);
      nextFields.comment = {
        ...comment,
        startAt: 0,
        maxResults: all.length,
        total: all.length,
        comments: all,
      };
    }
    whole.fields = nextFields;
  }
  return whole;
}

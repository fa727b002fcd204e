import api, { route } from '@forge/api';
import { z } from 'zod';
import { readJson } from './read-json';

let appAccount: Promise<string> | undefined;

/** The app's own Jira account (`/myself` as the app), asked once per function instance. */
export function appAccountId(): Promise<string> {
  appAccount ??= api
    .asApp()
    .requestJira(route`/rest/api/3/myself`, { headers: { Accept: 'application/json' } })
    .then(
      async (response) =>
        z.object({ accountId: z.string() }).parse(await readJson(response, 'reading the app account'))
          .accountId,
    )
    .catch((error: unknown) => {
      appAccount = undefined; // ask again next time
      throw error;
    });
  return appAccount;
}

const issueShape = z
  .object({
    fields: z
      .object({
        comment: z
          .object({
            comments: z.array(
              // The author passes through whole: its `accountType` ("app" for Jira Automation and
              // other apps) is what tells an automated first response from a person's.
              z.object({ author: z.object({ accountId: z.string() }).passthrough().nullish() }).passthrough(),
            ),
          })
          .passthrough()
          .nullish(),
      })
      .passthrough(),
  })
  .passthrough();

/**
 * The issue without one account's comments. The app's survey invitations are public comments by
 * the app: they are not a response to the customer, so the process metrics must not see them.
 */
export function withoutComments(issue: unknown, accountId: string): unknown {
  const parsed = issueShape.safeParse(issue);
  if (!parsed.success || !parsed.data.fields.comment) return issue;
  const comment = parsed.data.fields.comment;
  return {
    ...parsed.data,
    fields: {
      ...parsed.data.fields,
      comment: { ...comment, comments: comment.comments.filter((c) => c.author?.accountId !== accountId) },
    },
  };
}

import type { APIResponse } from '@forge/api';
import { z } from 'zod';
import { readJson } from './read-json';

/**
 * JSM's page size for the lists the app walks. JSM lists are paged by `start` and `limit` and
 * say `isLastPage` (https://developer.atlassian.com/cloud/jira/service-desk/rest/intro/#pagination);
 * the service desk and request type lists default to 100 a page. JSM may answer fewer than
 * asked, so the next page starts after what actually came (`size`), never at `start + limit`.
 */
export const JSM_PAGE = 100;

/** Every item of a JSM list, page after page until JSM says the last page came. */
export async function allJsmPages<T>(
  read: (start: number) => Promise<APIResponse>,
  item: z.ZodType<T>,
  what: string,
): Promise<T[]> {
  const pageSchema = z.object({ start: z.number(), values: z.array(item), isLastPage: z.boolean() });
  const all: T[] = [];
  for (;;) {
    const start = all.length;
    const page = pageSchema.parse(await readJson(await read(start), what));
    // A page from elsewhere in the list would repeat items, or never reach the last page.
    if (page.start !== start) throw new Error(`JSM answered page start ${page.start} for ${start} ${what}`);
    all.push(...page.values);
    if (page.isLastPage || page.values.length === 0) return all;
  }
}

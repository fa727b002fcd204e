import api, { route } from '@forge/api';
import { z } from 'zod';
import { allJsmPages, JSM_PAGE } from './jsm-pages';

const desk = z.object({ id: z.string(), projectKey: z.string() });

/** The site's service desks (id and project key), as the app sees them: every page of JSM's list. */
export function listServiceDesks(): Promise<Array<{ id: string; projectKey: string }>> {
  return allJsmPages(
    (start) =>
      api.asApp().requestJira(route`/rest/servicedeskapi/servicedesk?start=${start}&limit=${JSM_PAGE}`, {
        headers: { Accept: 'application/json' },
      }),
    desk,
    'listing service desks',
  );
}

import api, { route } from '@forge/api';
import { z } from 'zod';
import { readJson } from './read-json';

const desksSchema = z.object({ values: z.array(z.object({ id: z.string(), projectKey: z.string() })) });

/** The site's service desks (id and project key), as the app sees them. */
export async function listServiceDesks(): Promise<Array<{ id: string; projectKey: string }>> {
  const response = await api.asApp().requestJira(route`/rest/servicedeskapi/servicedesk?limit=100`, {
    headers: { Accept: 'application/json' },
  });
  return desksSchema.parse(await readJson(response, 'listing service desks')).values;
}

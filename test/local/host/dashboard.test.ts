import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DASHBOARD_FILE } from '../../../src/local/host';
import { frameTokens, getContext, getText, postJson, setup, startHost } from './harness';

describe('dashboard gadgets', () => {
  let env: ReturnType<typeof setup>;
  beforeEach(() => {
    env = setup();
  });
  afterEach(() => env.cleanup());

  /** Each step runs on a fresh router over the same data folder, as after a restart. */
  async function withHost<T>(run: (base: string) => Promise<T>): Promise<T> {
    const host = await startHost(env.deps);
    try {
      return await run(host.base);
    } finally {
      await host.close();
    }
  }

  const addGadget = (base: string) =>
    fetch(`${base}/jira/dashboard/gadgets?as=agent-1`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ moduleKey: 'cx-gadget' }).toString(),
      redirect: 'manual',
    });

  it('adds, configures and removes a gadget, persisting each step across router instances', async () => {
    // Add: Jira opens the new gadget's edit view.
    const location = await withHost(async (base) => {
      const response = await addGadget(base);
      expect(response.status).toBe(303);
      return response.headers.get('location') ?? '';
    });
    expect(location).toMatch(/^\/jira\/dashboard\?as=agent-1&edit=(\d+)#gadget-\1$/);
    const gadgetId = /edit=(\d+)/.exec(location)![1]!;

    // Configure: the edit frame submits; the answer is a frame for the view with the new config.
    const viewToken = await withHost(async (base) => {
      const page = await getText(`${base}${location}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain(`data-gadget-id="${gadgetId}"`);
      const [editToken] = frameTokens(page.text);
      const edit = await getContext(base, editToken!);
      expect(edit).toMatchObject({
        localId: gadgetId,
        moduleKey: 'cx-gadget',
        extension: {
          type: 'jira:dashboardGadget',
          gadget: { id: gadgetId },
          gadgetConfiguration: {},
          entryPoint: 'edit',
          dashboard: { id: '10000' },
        },
      });
      const submitted = await postJson(`${base}/_host/frames/${editToken}/submit`, {
        payload: { projectKey: 'SD', days: 7 },
      });
      expect(submitted).toMatchObject({
        status: 200,
        json: { submitted: true, frame: { token: expect.any(String), src: '/apps/gadget/index.html' } },
      });
      const next = (submitted.json as { frame: { token: string } }).frame.token;
      const view = await getContext(base, next!);
      expect(view.extension).toEqual({
        type: 'jira:dashboardGadget',
        gadget: { id: gadgetId },
        gadgetConfiguration: { projectKey: 'SD', days: 7 },
        dashboard: { id: '10000' },
      });
      return next;
    });
    expect(viewToken).toBeTruthy();

    // After a restart the view frame carries the saved configuration to the resolver.
    await withHost(async (base) => {
      const page = await getText(`${base}/jira/dashboard`);
      const [token] = frameTokens(page.text);
      const answer = await postJson(`${base}/_host/frames/${token}/invoke`, {
        functionKey: 'getResolutionsPerDay',
      });
      expect(answer.json).toMatchObject({ value: { ok: true, data: { projectKey: 'SD' } } });
      expect((answer.json as { value: { data: { days: unknown[] } } }).value.data.days).toHaveLength(7);
      expect(env.invokes.at(-1)!.session.extension).toMatchObject({
        gadgetConfiguration: { projectKey: 'SD', days: 7 },
      });
    });

    const stored = JSON.parse(readFileSync(join(env.dataDir, DASHBOARD_FILE), 'utf8'));
    expect(stored.gadgets).toEqual([
      expect.objectContaining({
        id: gadgetId,
        moduleKey: 'cx-gadget',
        configuration: { projectKey: 'SD', days: 7 },
      }),
    ]);

    // Remove.
    await withHost(async (base) => {
      const response = await fetch(`${base}/jira/dashboard/gadgets/${gadgetId}/remove?as=agent-1`, {
        method: 'POST',
        redirect: 'manual',
      });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/jira/dashboard?as=agent-1');
    });
    await withHost(async (base) => {
      const page = await getText(`${base}/jira/dashboard`);
      expect(page.text).not.toContain(`data-gadget-id="${gadgetId}"`);
      expect(frameTokens(page.text)).toHaveLength(0);
      expect(
        (await fetch(`${base}/jira/dashboard/gadgets/${gadgetId}/remove`, { method: 'POST' })).status,
      ).toBe(404);
    });
  });

  it('shows an unconfigured gadget in its view, and refuses unknown gadget modules', async () => {
    await withHost(async (base) => {
      await addGadget(base);
      const page = await getText(`${base}/jira/dashboard`);
      const [token] = frameTokens(page.text);
      const context = await getContext(base, token!);
      expect(context.extension.entryPoint).toBeUndefined();
      expect(context.extension.gadgetConfiguration).toEqual({});
      const bad = await fetch(`${base}/jira/dashboard/gadgets`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'moduleKey=cx-admin',
        redirect: 'manual',
      });
      expect(bad.status).toBe(400);
    });
  });

  it('refuses a configuration that is not an object', async () => {
    await withHost(async (base) => {
      const location = (await addGadget(base)).headers.get('location')!;
      const [editToken] = frameTokens((await getText(`${base}${location}`)).text);
      expect((await postJson(`${base}/_host/frames/${editToken}/submit`, { payload: 'SD' })).status).toBe(
        400,
      );
    });
  });
});

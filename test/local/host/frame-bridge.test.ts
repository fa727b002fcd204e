/**
 * The injected bridge script, run in a stand-in frame window, driven by the real @forge/bridge:
 * what the SDK sends through `__bridge.callBridge`, and what it makes of the host's answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

interface Posted {
  type: string;
  id: number;
  name: string;
  payload: unknown;
}

/** The few DOM objects the script touches, as plain records. */
type Stub = Record<string, unknown> & { onload?: () => void };
type FrameGlobal = Record<string, unknown> & {
  __bridge: { callBridge: (name: string, payload?: unknown) => Promise<unknown> };
};

function frameWindow() {
  const posted: Posted[] = [];
  const listeners: Array<(event: { source: unknown; data: unknown }) => void> = [];
  const attributes: Record<string, string> = {};
  const inserted: Stub[] = [];
  const parent = { postMessage: (message: Posted) => posted.push(message) };
  const window = {
    parent,
    addEventListener: (type: string, listener: (event: { source: unknown; data: unknown }) => void) => {
      if (type === 'message') listeners.push(listener);
    },
    document: {
      documentElement: {
        setAttribute: (name: string, value: string) => (attributes[name] = value),
        getBoundingClientRect: () => ({ height: 321.2 }),
      },
      head: { firstChild: null, insertBefore: (node: Stub) => inserted.push(node) },
      querySelector: () => null,
      createElement: () => ({ setAttribute() {} }),
    },
    ResizeObserver: class {
      constructor(private readonly callback: () => void) {}
      observe() {
        this.callback();
      }
    },
    setTimeout,
    clearTimeout,
    JSON,
    Promise,
    Map,
    Error,
    Math,
  } as unknown as FrameGlobal;
  window.window = window;
  runInNewContext(
    readFileSync(join(__dirname, '../../../src/local/host/assets/frame-bridge.js'), 'utf8'),
    window,
  );
  const reply = (id: number, answer: { ok: boolean; value?: unknown; error?: { message: string } }) =>
    listeners.forEach((listener) =>
      listener({ source: parent, data: { type: 'cx-host:reply', id, ...answer } }),
    );
  const fromHost = (data: unknown) => listeners.forEach((listener) => listener({ source: parent, data }));
  const calls = () => posted.filter((message) => message.type === 'cx-bridge:call');
  return { window, posted, calls, reply, fromHost, attributes, inserted, parent, listeners };
}

/** Loads @forge/bridge against the given frame's `__bridge`, as the bundle does in the page. */
async function loadForgeBridge(bridge: unknown): Promise<typeof import('@forge/bridge')> {
  (globalThis as { __bridge?: unknown }).__bridge = bridge;
  let sdk: typeof import('@forge/bridge') | undefined;
  await jest.isolateModulesAsync(async () => {
    sdk = await import('@forge/bridge');
  });
  return sdk!;
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  delete (globalThis as { __bridge?: unknown }).__bridge;
  jest.restoreAllMocks();
});

describe('frame bridge script', () => {
  it('defines window.__bridge.callBridge before the SDK loads, and reports the frame height', () => {
    const frame = frameWindow();
    expect(typeof frame.window.__bridge.callBridge).toBe('function');
    expect(frame.posted).toContainEqual({ type: 'cx-bridge:resize', height: 322 });
  });

  it('carries invoke to the host and resolves with its answer', async () => {
    const frame = frameWindow();
    const { invoke } = await loadForgeBridge(frame.window.__bridge);
    const answer = invoke('getIssueHistory', { since: '2025-01-01' });
    await flush();
    const [call] = frame.calls();
    expect(call).toEqual({
      type: 'cx-bridge:call',
      id: 1,
      name: 'invoke',
      payload: { functionKey: 'getIssueHistory', payload: { since: '2025-01-01' } },
    });
    frame.reply(call!.id, { ok: true, value: { ok: true, data: { issueKey: 'SD-1', events: [] } } });
    await expect(answer).resolves.toEqual({ ok: true, data: { issueKey: 'SD-1', events: [] } });
  });

  it('rejects with the host message when a call fails', async () => {
    const frame = frameWindow();
    const { invoke } = await loadForgeBridge(frame.window.__bridge);
    const answer = invoke('getIssueHistory');
    await flush();
    frame.reply(frame.calls()[0]!.id, {
      ok: false,
      error: { message: 'There was an error invoking the function - boom' },
    });
    await expect(answer).rejects.toThrow('There was an error invoking the function - boom');
  });

  it('ignores messages that do not come from the host page', async () => {
    const frame = frameWindow();
    const pending = frame.window.__bridge.callBridge('getContext');
    frame.listeners.forEach((listener) =>
      listener({
        source: {},
        data: { type: 'cx-host:reply', id: 1, ok: true, value: { accountId: 'forged' } },
      }),
    );
    frame.reply(1, { ok: true, value: { accountId: 'agent-1' } });
    await expect(pending).resolves.toEqual({ accountId: 'agent-1' });
  });

  it('turns requestJira into fetchProduct and the answer into a Response', async () => {
    // The SDK builds `new Request('')`, which a page resolves against its own address; Node needs a base.
    const NodeRequest = globalThis.Request;
    jest
      .spyOn(globalThis, 'Request')
      .mockImplementation(
        (input: RequestInfo | URL, init?: RequestInit) =>
          new NodeRequest(input === '' ? 'http://frame.local/' : input, init),
      );
    const frame = frameWindow();
    const { requestJira } = await loadForgeBridge(frame.window.__bridge);
    const response = requestJira('/rest/api/3/myself', { headers: { Accept: 'application/json' } });
    for (let i = 0; i < 5 && frame.calls().length === 0; i++) await flush();
    const [call] = frame.calls();
    expect(call!.name).toBe('fetchProduct');
    expect(call!.payload).toMatchObject({
      product: 'jira',
      restPath: '/rest/api/3/myself',
      fetchRequestInit: {
        body: null,
        headers: [
          ['accept', 'application/json'],
          ['x-atlassian-token', 'no-check'],
        ],
      },
      isMultipartFormData: false,
    });
    frame.reply(call!.id, {
      ok: true,
      value: {
        status: 200,
        statusText: 'OK',
        headers: { 'content-type': 'application/json' },
        body: '{"accountId":"agent-1"}',
      },
    });
    const answer = await response;
    expect(answer.status).toBe(200);
    await expect(answer.json()).resolves.toEqual({ accountId: 'agent-1' });
  });

  it('sends view.submit and view.getContext with the names the SDK uses', async () => {
    const frame = frameWindow();
    const { view } = await loadForgeBridge(frame.window.__bridge);
    const submitted = view.submit({ projectKey: 'SD', days: 30 });
    await flush();
    expect(frame.calls()[0]).toMatchObject({ name: 'submit', payload: { projectKey: 'SD', days: 30 } });
    frame.reply(frame.calls()[0]!.id, { ok: true, value: false });
    await expect(submitted).rejects.toThrow("this resource's view is not submittable.");

    const context = view.getContext();
    await flush();
    expect(frame.calls()[1]).toMatchObject({ name: 'getContext' });
    frame.reply(frame.calls()[1]!.id, {
      ok: true,
      value: { accountId: 'agent-1', locale: 'en_US', extension: {} },
    });
    await expect(context).resolves.toMatchObject({ accountId: 'agent-1', locale: 'en-US' });
  });

  it('applies the host theme on enableTheming and follows later switches', async () => {
    const frame = frameWindow();
    const { view } = await loadForgeBridge(frame.window.__bridge);
    const enabled = view.theme.enable();
    await flush();
    frame.reply(frame.calls()[0]!.id, {
      ok: true,
      value: { colorMode: 'dark', themeAttribute: 'dark:dark light:light', cssHref: '/_host/theme.css' },
    });
    await flush();
    expect(frame.attributes).toEqual({ 'data-color-mode': 'dark', 'data-theme': 'dark:dark light:light' });
    expect(frame.inserted).toHaveLength(1);
    expect(frame.inserted[0]).toMatchObject({ rel: 'stylesheet', href: '/_host/theme.css' });
    frame.inserted[0]!.onload!();
    await expect(enabled).resolves.toBeUndefined();
    frame.fromHost({ type: 'cx-host:theme', colorMode: 'light', themeAttribute: 'dark:dark light:light' });
    expect(frame.attributes['data-color-mode']).toBe('light');
  });
});

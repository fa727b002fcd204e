import express from 'express';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webTrigger } from '@forge/api';
import { parse, stringify } from 'yaml';
import { Clock } from '../../../src/local/platform/clock';
import { loadManifest } from '../../../src/local/platform/manifest';
import { LocalForge } from '../../../src/local/platform/runtime';
import { WEB_TRIGGER_PAYLOAD_BYTES, type WebTriggerRequest } from '../../../src/local/platform/web-triggers';
import { webTriggerRoute } from '../../../src/local/server/web-trigger-route';
import { APP_DIR } from '../../support/local-site';

type Manifest = {
  modules: Record<string, Array<Record<string, unknown>>>;
};

/** The app's manifest with `edit` applied, in a folder of its own (specs/ stay the app's). */
function appWith(edit: (manifest: Manifest) => void): string {
  const manifest = parse(readFileSync(join(APP_DIR, 'manifest.yml'), 'utf8')) as Manifest;
  edit(manifest);
  const dir = mkdtempSync(join(tmpdir(), 'cx-webtrigger-'));
  writeFileSync(join(dir, 'manifest.yml'), stringify(manifest));
  return dir;
}

const withEcho = (manifest: Manifest) => {
  manifest.modules.webtrigger = [
    { key: 'echo-trigger', function: 'echo', response: { type: 'dynamic' } },
    {
      key: 'fixed-trigger',
      function: 'echo',
      response: { type: 'static', outputs: [{ key: 'ok', statusCode: 204 }] },
    },
  ];
  manifest.modules.function!.push({ key: 'echo', handler: 'index.echo' });
};

const get = (path = '/x1/any'): WebTriggerRequest => ({
  method: 'GET',
  path,
  userPath: '',
  headers: { accept: ['text/html'] },
  queryParameters: {},
});

describe('web triggers in the local runtime', () => {
  let dir: string;
  let clock: Clock;
  let runtime: LocalForge;
  let answer: (request: unknown) => unknown;
  const received: unknown[] = [];

  beforeEach(() => {
    dir = appWith(withEcho);
    clock = new Clock('manual', new Date('2026-03-02T09:00:00Z'));
    received.length = 0;
    answer = () => ({ statusCode: 200, headers: { 'Content-Type': ['text/plain'] }, body: 'hello' });
    runtime = new LocalForge({
      appDir: dir,
      specsDir: join(APP_DIR, 'specs'),
      clock,
      kvs: { fetch: () => Promise.resolve(new Response('{}')) },
      site: { fetch: () => Promise.resolve(new Response('{}')) },
      publicUrl: 'http://localhost:9999',
      loadHandlers: () =>
        new Proxy({} as Record<string, unknown>, {
          get: (_, name) =>
            name === 'echo'
              ? (request: unknown) => {
                  received.push(request);
                  return answer(request);
                }
              : () => undefined,
        }),
    }).start();
  });
  afterEach(async () => {
    await runtime.stop();
    clock.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const idOf = (key: string) => runtime.webTriggers.urlOf(key)!.split('/x1/')[1]!;

  it('gives each declared module one URL, as the app reads it through webTrigger.getUrl', async () => {
    const url = runtime.webTriggers.urlOf('echo-trigger');
    expect(url).toMatch(/^http:\/\/localhost:9999\/x1\/[0-9a-f]{32}$/);
    expect(runtime.webTriggers.list().map((entry) => entry.moduleKey)).toEqual([
      'echo-trigger',
      'fixed-trigger',
    ]);
    await expect(webTrigger.getUrl('echo-trigger')).resolves.toBe(url);
  });

  it('refuses the URL of a module the manifest does not declare', async () => {
    expect(runtime.webTriggers.urlOf('nobody')).toBeUndefined();
    await expect(webTrigger.getUrl('nobody')).rejects.toThrow('Failed to get web trigger URL');
    const unknown = await runtime.invokeWebTrigger('0'.repeat(32), get());
    expect(unknown.status).toBe(404);
    expect(received).toEqual([]);
  });

  it('hands the function the request in the platform’s shape and sends back its answer', async () => {
    const request: WebTriggerRequest = {
      method: 'POST',
      path: `/x1/${idOf('echo-trigger')}/more`,
      userPath: '/more',
      headers: { 'content-type': ['application/x-www-form-urlencoded'] },
      queryParameters: { t: ['abc'], s: ['1', '2'] },
      body: 'score=5',
    };
    const out = await runtime.invokeWebTrigger(idOf('echo-trigger'), request);
    expect(out).toEqual({ status: 200, headers: { 'Content-Type': ['text/plain'] }, body: 'hello' });
    expect(received).toEqual([
      { ...request, context: { cloudId: 'local-cloud-0001', moduleKey: 'echo-trigger' } },
    ]);
    expect(runtime.log.recent(1)[0]).toMatchObject({
      kind: 'webtrigger',
      moduleKey: 'echo-trigger',
      outcome: 'ok',
    });
  });

  it('answers 500 for a result without statusCode, and logs why', async () => {
    answer = () => ({ body: 'no status' });
    const out = await runtime.invokeWebTrigger(idOf('echo-trigger'), get());
    expect(out.status).toBe(500);
    expect(out.body).toBe('The app could not answer this request.');
    expect(runtime.log.recent(1)[0]).toMatchObject({
      kind: 'webtrigger',
      outcome: 'error',
      error:
        'Web trigger echo-trigger returned no valid response: statusCode Invalid input: expected number, received undefined',
    });
  });

  it('answers 500 for header values that are not lists of strings', async () => {
    answer = () => ({ statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: '' });
    expect((await runtime.invokeWebTrigger(idOf('echo-trigger'), get())).status).toBe(500);
  });

  it('answers 500 for a response body over the 5 MB payload limit', async () => {
    answer = () => ({ statusCode: 200, body: 'x'.repeat(WEB_TRIGGER_PAYLOAD_BYTES) });
    const out = await runtime.invokeWebTrigger(idOf('echo-trigger'), get());
    expect(out.status).toBe(500);
    expect(runtime.log.recent(1)[0]!.error).toMatch(
      /returned 5242\d+ bytes; a response may hold at most 5242880/,
    );
  });

  it('refuses a request over the payload limit before the function runs', async () => {
    const out = await runtime.invokeWebTrigger(idOf('echo-trigger'), {
      ...get(),
      method: 'POST',
      body: 'x'.repeat(WEB_TRIGGER_PAYLOAD_BYTES),
    });
    expect(out.status).toBe(413);
    expect(received).toEqual([]);
  });

  it('answers 500 without the error’s text when the function throws', async () => {
    answer = () => {
      throw new Error('secret stack detail');
    };
    const out = await runtime.invokeWebTrigger(idOf('echo-trigger'), get());
    expect(out).toEqual({
      status: 500,
      headers: { 'Content-Type': ['text/plain; charset=utf-8'] },
      body: 'The app could not answer this request.',
    });
  });

  it('answers a static-response trigger with the declared output its function names', async () => {
    answer = () => ({ outputKey: 'ok' });
    const out = await runtime.invokeWebTrigger(idOf('fixed-trigger'), get());
    expect(out).toEqual({ status: 204, headers: {}, body: '' });
    expect(received).toHaveLength(1);
  });

  it('answers 500 when a static trigger names no declared output, or shapes its own response', async () => {
    answer = () => ({ outputKey: 'not-declared' });
    expect((await runtime.invokeWebTrigger(idOf('fixed-trigger'), get())).status).toBe(500);
    answer = () => ({ statusCode: 200, body: 'made by the function' });
    const out = await runtime.invokeWebTrigger(idOf('fixed-trigger'), get());
    expect(out.status).toBe(500);
    expect(out.body).not.toContain('made by the function');
  });

  it('serves the URL over HTTP: query lists, text body, the answer’s headers', async () => {
    answer = (request) => ({
      statusCode: 201,
      headers: { 'X-Echo': [JSON.stringify((request as WebTriggerRequest).queryParameters)] },
      body: (request as WebTriggerRequest).body ?? '',
    });
    const app = express().use('/x1', webTriggerRoute(runtime));
    const server = app.listen(0);
    try {
      const port = (server.address() as AddressInfo).port;
      const response = await fetch(`http://127.0.0.1:${port}/x1/${idOf('echo-trigger')}?t=a&t=b`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'score=4',
      });
      expect(response.status).toBe(201);
      expect(response.headers.get('x-echo')).toBe('{"t":["a","b"]}');
      expect(await response.text()).toBe('score=4');
    } finally {
      server.close();
    }
  });
});

describe('web trigger modules in the manifest', () => {
  it('refuses a module naming a function the manifest does not declare', () => {
    const dir = appWith((manifest) => {
      manifest.modules.webtrigger = [{ key: 'lost', function: 'nowhere' }];
    });
    try {
      expect(() => loadManifest(dir)).toThrow(
        'web trigger lost names function nowhere, which is not declared',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a static response without outputs, as Forge’s manifest schema does', () => {
    const dir = appWith((manifest) => {
      manifest.modules.webtrigger = [{ key: 'fixed', function: 'resolver', response: { type: 'static' } }];
    });
    try {
      expect(() => loadManifest(dir)).toThrow('manifest.yml cannot be run locally');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

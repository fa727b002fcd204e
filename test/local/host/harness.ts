import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHostRouter, type HostDeps } from '../../../src/local/host';
import { fakeDeps } from './fake-deps';

export interface RunningHost {
  base: string;
  close(): Promise<void>;
}

/** Mounts a fresh router on an ephemeral express app, as the runtime core mounts it at `/`. */
export async function startHost(deps: HostDeps): Promise<RunningHost> {
  const app = express();
  app.use(createHostRouter(deps));
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A static/ folder with a minimal build per resource, so routing tests do not depend on a real build. */
export function fakeStaticDir(root: string): string {
  const dir = join(root, 'static');
  for (const resource of ['issue-panel', 'gadget', 'portal', 'admin']) {
    mkdirSync(join(dir, resource, 'build'), { recursive: true });
    writeFileSync(
      join(dir, resource, 'build', 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8" /><link rel="stylesheet" href="./main.css" /></head>` +
        `<body><div id="root"></div><script src="./main.js"></script></body></html>`,
    );
    writeFileSync(join(dir, resource, 'build', 'main.js'), `console.log(${JSON.stringify(resource)});`);
    writeFileSync(join(dir, resource, 'build', 'main.css'), 'body{}');
  }
  writeFileSync(join(dir, 'secret.txt'), 'outside any build');
  return dir;
}

export function tempRoot(): { root: string; cleanup(): void } {
  const root = mkdtempSync(join(tmpdir(), 'cx-host-test-'));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function setup(overrides: Partial<HostDeps> = {}) {
  const temp = tempRoot();
  const staticDir = fakeStaticDir(temp.root);
  const dataDir = join(temp.root, 'data');
  return { ...fakeDeps(dataDir, { staticDir, ...overrides }), ...temp, dataDir };
}

/** The frame tokens a page rendered, in document order. */
export function frameTokens(page: string): string[] {
  return [...page.matchAll(/data-frame-token="([^"]+)"/g)].map((match) => match[1] ?? '');
}

export async function getText(url: string): Promise<{ status: number; text: string; type: string | null }> {
  const response = await fetch(url);
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') };
}

export async function postJson(url: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}

export async function getJson(url: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url);
  return { status: response.status, json: await response.json().catch(() => null) };
}

/** What `/_host/frames/:token/context` answers, as far as the tests read it. */
export interface ContextJson {
  accountId: string;
  localId: string;
  moduleKey: string;
  cloudId: string;
  extension: Record<string, unknown> & { entryPoint?: string; gadgetConfiguration?: unknown };
  [key: string]: unknown;
}

export async function getContext(base: string, token: string): Promise<ContextJson> {
  return (await getJson(`${base}/_host/frames/${token}/context`)).json as ContextJson;
}

import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { LocalSite } from '../../src/local/server/compose';

/** Debian's Chromium, headless, with the network-quiet flags this machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Serves a local site on an ephemeral loopback port; returns its base URL. */
export function listen(local: LocalSite): Promise<{ baseUrl: string; server: Server }> {
  return new Promise((resolve) => {
    const server = local.app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ baseUrl: `http://127.0.0.1:${port}`, server });
    });
  });
}

/** The NPS prompt shares the portal resource; a test asks for it by its module key. */
const SHARED_RESOURCE_MODULES = ['cx-portal-nps'];

/**
 * The Custom UI frame of a resource (`/apps/<resource>/…`), once the host page has framed it: the
 * frame of `moduleKey` when given, else the first that is not one of the modules sharing a resource.
 */
export async function appFrame(page: Page, resource: string, moduleKey?: string): Promise<Frame> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    for (const candidate of page.frames()) {
      if (!candidate.url().includes(`/apps/${resource}/`)) continue;
      const key = await (await candidate.frameElement()).getAttribute('data-module-key');
      if (moduleKey ? key === moduleKey : !SHARED_RESOURCE_MODULES.includes(key ?? '')) return candidate;
    }
    if (Date.now() > deadline) throw new Error(`No frame for ${resource} on ${page.url()}`);
    await page.waitForTimeout(100);
  }
}

/**
 * A local site served on loopback with Chromium, for one describe block: started before its tests
 * and stopped after. Returns getters, filled once `beforeAll` has run.
 */
export function useServedSite(startSite: () => Promise<LocalSite & { close(): Promise<void> }>) {
  const state: { local?: LocalSite; browser?: Browser; baseUrl?: string; server?: Server } = {};
  beforeAll(async () => {
    state.local = await startSite();
    const served = await listen(state.local);
    state.baseUrl = served.baseUrl;
    state.server = served.server;
    state.browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await state.browser?.close();
    state.server?.close();
    await state.local?.close();
  });
  return {
    get local() {
      return state.local!;
    },
    get browser() {
      return state.browser!;
    },
    get baseUrl() {
      return state.baseUrl!;
    },
    /** POSTs JSON to the local site (the control API). */
    post(path: string, body: unknown = {}) {
      return fetch(`${state.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    },
  };
}

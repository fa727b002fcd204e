import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The browser-side scripts and styles of the host, read once from ./assets. */
export interface HostAssets {
  frameBridge: string;
  hostClient: string;
  hostCss: string;
}

export function loadAssets(dir = join(__dirname, 'assets')): HostAssets {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    frameBridge: read('frame-bridge.js'),
    hostClient: read('host-client.js'),
    hostCss: read('host.css'),
  };
}

/**
 * Puts the bridge script first in the document — right after `<head>` — so `window.__bridge`
 * exists before any of the app's scripts, as @forge/bridge requires when it loads.
 */
export function injectBridge(document: string, bridgeScript: string): string {
  const tag = `<script data-forge-bridge>${bridgeScript.replace(/<\/script/gi, '<\\/script')}</script>`;
  for (const pattern of [/<head(\s[^>]*)?>/i, /<html(\s[^>]*)?>/i]) {
    const match = pattern.exec(document);
    if (match) {
      const at = match.index + match[0].length;
      return document.slice(0, at) + tag + document.slice(at);
    }
  }
  return tag + document;
}

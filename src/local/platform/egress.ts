import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The hosts a Forge function may call, as manifest.yml declares them under
 * `permissions.external.fetch.backend` (https://developer.atlassian.com/platform/forge/add-content-security-and-egress-controls/).
 * An entry is a string or, since Forge CLI 13.3, an `{ address }` object; a `{ remote }` entry
 * names a Forge Remote, which this app has none of. How the platform matches them (the
 * runtime egress page, and a developer's measurements of it:
 * https://dev.to/mihai_leanzero/forge-egress-backend-ignores-your-url-path-client-enforces-it-2mhk):
 * - on protocol and host only: a path on a backend entry narrows nothing;
 * - `*.example.com` covers every subdomain but never `example.com` itself;
 * - a bare `*` allows every host (valid, but customers may refuse such an app);
 * - plain HTTP is never allowed (https://developer.atlassian.com/platform/forge/function-reference/nodejs-runtime/).
 */
const backendEntry = z.union([
  z.string(),
  z.object({ address: z.string() }).transform((entry) => entry.address),
  z.object({ remote: z.string() }).transform(() => null),
]);

const egressSchema = z.object({
  permissions: z
    .object({
      external: z
        .object({
          fetch: z
            .object({ backend: z.array(backendEntry).default([]) })
            .partial()
            .default({}),
        })
        .partial()
        .default({}),
    })
    .partial()
    .default({}),
});

/** The backend egress entries of the manifest in `appDir`. */
export function backendEgress(appDir: string): string[] {
  const manifest = egressSchema.parse(parse(readFileSync(join(appDir, 'manifest.yml'), 'utf8')) ?? {});
  return (manifest.permissions.external?.fetch?.backend ?? []).filter(
    (entry): entry is string => entry !== null,
  );
}

/** The host an entry allows (lower case, no protocol, path or port), and whether it is a wildcard. */
function hostOf(entry: string): { host: string; wildcard: boolean; protocol: string } {
  const protocol = /^([a-z][a-z0-9+.-]*):\/\//i.exec(entry)?.[1]?.toLowerCase() ?? 'https';
  const rest = entry.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const host = (rest.split(/[/?#]/)[0] ?? '').replace(/:\d+$/, '').toLowerCase();
  return host.startsWith('*.')
    ? { host: host.slice(2), wildcard: true, protocol }
    : { host, wildcard: false, protocol };
}

/** Whether a backend call to `url` passes the declared egress, as the platform decides it. */
export function egressAllows(entries: readonly string[], url: string): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (target.protocol !== 'https:') return false;
  const host = target.hostname.toLowerCase();
  return entries.some((entry) => {
    if (entry.trim() === '*') return true;
    const allowed = hostOf(entry);
    if (allowed.protocol !== 'https') return false;
    return allowed.wildcard ? host.endsWith(`.${allowed.host}`) : host === allowed.host;
  });
}

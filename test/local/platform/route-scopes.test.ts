/**
 * The scope each Jira call needs comes from the REST documents in specs/. Every operation the local
 * site answers must be listed there (so a new route cannot skip its scope), and the app's own
 * adapter, run by a runtime whose manifest lacks a scope, is refused as Jira refuses it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JiraServiceDesk } from '../../../src/adapters/forge/jira-service-desk';
import { JsmSite } from '../../../src/local/jsm';
import { siteRoutes } from '../../../src/local/jsm/routes';
import { LocalKvs } from '../../../src/local/kvs';
import { Clock } from '../../../src/local/platform/clock';
import { runInScope } from '../../../src/local/platform/invocation';
import { LocalForge } from '../../../src/local/platform/runtime';
import { RouteScopeTable, unlistedRoutes } from '../../../src/local/platform/route-scopes';
import { NOW, smallSite } from '../jsm/fixture';

const REPO = resolve(__dirname, '../../..');
const SPECS = join(REPO, 'specs');
const table = RouteScopeTable.fromSpecs(SPECS);

/** A path that reaches a `{param}` template, for looking it up as a call would. */
const samplePath = (template: string) => template.replace(/\{\w+\}/g, 'SD-1');

describe('the route → scope table', () => {
  it('lists every operation the local site answers, with at least one scope', () => {
    const served = new JsmSite({ now: () => NOW }).servedRoutes();
    expect(served.length).toBe(siteRoutes.length);
    expect(unlistedRoutes(table, served)).toEqual([]);
    for (const { method, path } of served) {
      const entry = table.lookup(method, samplePath(path));
      // The call reaches this operation's entry, not a neighbour's.
      expect({ method, path, template: entry?.template.replace(/\{\w+\}/g, '{}') }).toEqual({
        method,
        path,
        template: path.replace(/\{\w+\}/g, '{}'),
      });
      expect(entry!.classic.length).toBeGreaterThan(0);
    }
  });

  it('reads the classic and granular alternatives of an operation', () => {
    expect(table.lookup('GET', '/rest/api/3/issue/SD-1/changelog?startAt=100')).toMatchObject({
      template: '/rest/api/3/issue/{issueIdOrKey}/changelog',
      classic: ['read:jira-work'],
      granular: ['read:issue-meta:jira', 'read:avatar:jira', 'read:issue.changelog:jira'],
    });
    expect(table.lookup('POST', '/rest/servicedeskapi/request/SD-1/comment')?.classic).toEqual([
      'write:servicedesk-request',
    ]);
    expect(table.lookup('DELETE', '/rest/servicedeskapi/request/SD-1/comment')).toBeUndefined();
    expect(table.lookup('GET', '/rest/api/3/issue/SD-1/changelog/extra')).toBeUndefined();
  });

  it('stops the runtime from starting when the site serves an operation specs/ does not list', () => {
    const site = smallSite();
    const withNewRoute = {
      fetch: site.fetch.bind(site),
      servedRoutes: () => [
        ...site.servedRoutes(),
        { method: 'GET', path: '/rest/api/3/issue/{key}/watchers' },
      ],
    };
    const runtime = new LocalForge({
      appDir: REPO,
      clock: new Clock('manual', NOW),
      kvs: new LocalKvs(),
      site: withNewRoute,
    });
    expect(() => runtime.start()).toThrow(
      'The local Jira site serves GET /rest/api/3/issue/{key}/watchers, which the REST documents in specs/ do not list',
    );
  });
});

describe('a manifest without the scope a call needs', () => {
  const dirs: string[] = [];
  const running: LocalForge[] = [];
  let warnings: string[] = [];

  /** The runtime over a copy of manifest.yml edited by `edit`, running the app's real handlers. */
  function runtimeWith(edit: (manifest: string) => string): LocalForge {
    const dir = mkdtempSync(join(tmpdir(), 'cx-manifest-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'manifest.yml'), edit(readFileSync(join(REPO, 'manifest.yml'), 'utf8')));
    const runtime = new LocalForge({
      appDir: dir,
      specsDir: SPECS,
      clock: new Clock('manual', NOW),
      kvs: new LocalKvs(),
      site: smallSite(),
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      loadHandlers: (file) => require(join(REPO, 'src', file)) as Record<string, unknown>,
    }).start();
    running.push(runtime);
    return runtime;
  }

  const withoutScope = (scope: string) => (manifest: string) => {
    const line = `    - ${scope}\n`;
    if (!manifest.includes(line)) throw new Error(`manifest.yml does not grant ${scope}`);
    return manifest.replace(line, '');
  };

  const asTrigger = <T>(work: () => Promise<T>) =>
    runInScope({ moduleKey: 'resolution-trigger', deadline: Date.now() + 25_000 }, work);
  /** The message of the error the work fails with (it must fail). */
  const refusal = async (work: () => Promise<unknown>): Promise<string> => {
    const outcome = await asTrigger(work).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    if (outcome === null) throw new Error('the call was not refused');
    return outcome;
  };

  beforeEach(() => {
    warnings = [];
    jest.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    for (const runtime of running.splice(0)) await runtime.stop();
  });
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('has the adapter read the request with the real manifest', async () => {
    runtimeWith((manifest) => manifest);
    const request = await asTrigger(() => new JiraServiceDesk().getRequest('SD-1'));
    expect(request).toMatchObject({ key: 'SD-1', reporterAccountId: 'cust-ana' });
  });

  it("has the adapter's read refused with Jira's 401 once read:servicedesk-request is removed", async () => {
    runtimeWith(withoutScope('read:servicedesk-request'));
    const refused = await refusal(() => new JiraServiceDesk().getRequest('SD-1'));
    expect(refused).toContain('reading request SD-1');
    expect(refused).toContain('HTTP 401');
    expect(refused).toContain('{"code":401,"message":"Unauthorized; scope does not match"}');
    expect(warnings).toEqual([
      '[forge] GET /rest/servicedeskapi/request/{issueIdOrKey} refused by Jira: it needs read:servicedesk-request ' +
        '(or all of read:request:jira-service-management, read:user:jira); manifest.yml grants storage:app, ' +
        'read:jira-work, write:jira-work, write:servicedesk-request, read:jira-user, report:personal-data.',
    ]);
  });

  it('refuses the invitation comment once write:servicedesk-request is removed', async () => {
    runtimeWith(withoutScope('write:servicedesk-request'));
    const refused = await refusal(() =>
      new JiraServiceDesk().addComment('SD-1', 'How did we do?', { public: true }),
    );
    expect(refused).toContain('commenting on SD-1');
    expect(refused).toContain('HTTP 401');
    expect(refused).toContain('Unauthorized; scope does not match');
  });

  it('lets the granular scopes stand in for the classic one', async () => {
    runtimeWith((manifest) =>
      withoutScope('read:servicedesk-request')(manifest).replace(
        '    - read:jira-user\n',
        '    - read:jira-user\n    - read:request:jira-service-management\n    - read:user:jira\n',
      ),
    );
    const request = await asTrigger(() => new JiraServiceDesk().getRequest('SD-1'));
    expect(request?.key).toBe('SD-1');
  });
});

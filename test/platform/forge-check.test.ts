/**
 * The offline Forge checks (scripts/forge-check): the real app passes, and broken copies of a small
 * fixture app fail with a message that names what is wrong.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { runForgeChecks, SPEC_FILES } from '../../scripts/forge-check/check';

const REPO = path.resolve(__dirname, '../..');
const SPECS = path.join(REPO, 'specs');

jest.setTimeout(180_000);

const FIXTURE_SOURCE = `import api, { route } from '@forge/api';

export async function onIssueUpdated(event: { issue: { key: string } }): Promise<number> {
  const response = await api.asApp().requestJira(route\`/rest/servicedeskapi/request/\${event.issue.key}\`);
  return response.status;
}

export const resolver = async (): Promise<string> => 'ok';
`;

/** Every other handler the real manifest names, as a trivial export, so the fixture stays complete. */
function otherHandlers(manifest: string): string {
  const names = [...manifest.matchAll(/handler: index\.(\w+)/g)].map((match) => match[1]!);
  return names
    .filter((name) => name !== 'onIssueUpdated' && name !== 'resolver')
    .map((name) => `export const ${name} = async (): Promise<void> => undefined;\n`)
    .join('');
}

const tempDirs: string[] = [];

/** A copy of the app with a tiny src/index.ts and placeholder Custom UI builds. */
function makeFixture(edit: { manifest?: (text: string) => string; source?: string } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forge-check-'));
  tempDirs.push(dir);
  const manifest = fs.readFileSync(path.join(REPO, 'manifest.yml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'manifest.yml'), edit.manifest ? edit.manifest(manifest) : manifest);
  for (const file of ['tsconfig.json', 'package.json']) {
    fs.copyFileSync(path.join(REPO, file), path.join(dir, file));
  }
  fs.mkdirSync(path.join(dir, 'src'));
  fs.writeFileSync(path.join(dir, 'src/index.ts'), (edit.source ?? FIXTURE_SOURCE) + otherHandlers(manifest));
  fs.cpSync(path.join(REPO, 'static/icons'), path.join(dir, 'static/icons'), { recursive: true });
  for (const app of ['issue-panel', 'gadget', 'portal', 'admin', 'report']) {
    fs.mkdirSync(path.join(dir, 'static', app, 'build'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'static', app, 'build/index.html'), '<!doctype html><html></html>\n');
  }
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`manifest.yml no longer contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('runForgeChecks', () => {
  it('passes on the real repository', async () => {
    // Custom UI builds may not exist yet when unit tests run; the forge:check script requires them.
    const result = await runForgeChecks(REPO, { allowMissingBuilds: true });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('passes on the fixture app and restores cwd and environment', async () => {
    const cwd = process.cwd();
    const before = process.env.USE_LOCAL_SWAGGER;
    const result = await runForgeChecks(makeFixture());
    expect(result).toMatchObject({ ok: true, errors: [], warnings: [] });
    expect(result.summary).toContain('1 product REST call(s)');
    expect(process.cwd()).toBe(cwd);
    expect(process.env.USE_LOCAL_SWAGGER).toBe(before);
  });

  it('fails when a function points at a handler that is not exported', async () => {
    const dir = makeFixture({
      manifest: (m) => replaceOnce(m, 'handler: index.onIssueUpdated', 'handler: index.nope'),
    });
    const result = await runForgeChecks(dir);
    expect(result.ok).toBe(false);
    expect([...result.errors, ...result.warnings].join('\n')).toMatch(/"nope".*"on-issue-updated"/);
  });

  it('fails when a handler file does not exist', async () => {
    const dir = makeFixture({
      manifest: (m) => replaceOnce(m, 'handler: index.resolver', 'handler: missing.resolver'),
    });
    const result = await runForgeChecks(dir);
    expect(result.ok).toBe(false);
    expect(result.errors.join('\n')).toContain('missing.resolver');
  });

  it('fails naming the scope when a scope the code needs is removed', async () => {
    const dir = makeFixture({ manifest: (m) => replaceOnce(m, '    - read:servicedesk-request\n', '') });
    const result = await runForgeChecks(dir);
    expect(result.ok).toBe(false);
    const scopeErrors = result.errors.filter((e) => e.includes('read:servicedesk-request'));
    expect(scopeErrors).toHaveLength(1);
    expect(scopeErrors[0]).toMatch(
      /^src\/index\.ts:4:\d+ .*\/rest\/servicedeskapi\/request\/\{issueIdOrKey\}/,
    );
  });

  it('fails on a manifest schema error', async () => {
    const dir = makeFixture({
      manifest: (m) => replaceOnce(m, '      useAsConfig: true', '      useAsConfig: sometimes'),
    });
    const result = await runForgeChecks(dir);
    expect(result.ok).toBe(false);
    expect(result.errors.join('\n')).toMatch(/manifest\.yml.*useAsConfig/);
  });

  it('fails when code calls a product endpoint that specs/ does not describe', async () => {
    const source = FIXTURE_SOURCE.replace(
      '/rest/servicedeskapi/request/',
      '/rest/servicedeskapi/organization/',
    );
    const result = await runForgeChecks(makeFixture({ source }));
    expect(result.ok).toBe(false);
    expect(result.errors.join('\n')).toContain(
      'GET /rest/servicedeskapi/organization/{…}: no jira operation in specs/',
    );
  });

  it('asks for npm run build:static when a Custom UI build folder is missing', async () => {
    const dir = makeFixture();
    fs.rmSync(path.join(dir, 'static/gadget/build'), { recursive: true });
    const strict = await runForgeChecks(dir);
    expect(strict.ok).toBe(false);
    expect(strict.errors).toEqual([expect.stringMatching(/static\/gadget\/build .*npm run build:static/)]);
    expect(fs.existsSync(path.join(dir, 'static/gadget/build'))).toBe(false);
    const lenient = await runForgeChecks(dir, { allowMissingBuilds: true });
    expect(lenient).toMatchObject({ ok: true, errors: [] });
    expect(lenient.notes).toEqual([expect.stringContaining('static/gadget/build')]);
  });
});

describe('specs/', () => {
  type Scopes = { state: string; scopes: string[] }[];
  const load = (file: string): Record<string, Record<string, { 'x-atlassian-oauth2-scopes': Scopes }>> =>
    (JSON.parse(fs.readFileSync(path.join(SPECS, file), 'utf8')) as { paths: never }).paths;
  const jira = load(SPEC_FILES.LOCAL_JIRA_SWAGGER);
  const jsm = load(SPEC_FILES.LOCAL_JSM_SWAGGER);
  const current = (doc: typeof jira, p: string, method: string): string[] | undefined =>
    doc[p]?.[method]?.['x-atlassian-oauth2-scopes'].find((s) => s.state === 'Current')?.scopes;

  it.each([
    ['get', '/rest/servicedeskapi/request/{issueIdOrKey}', 'read:servicedesk-request', jsm],
    ['get', '/rest/servicedeskapi/request/{issueIdOrKey}/participant', 'read:servicedesk-request', jsm],
    ['get', '/rest/servicedeskapi/request/{issueIdOrKey}/comment', 'read:servicedesk-request', jsm],
    ['post', '/rest/servicedeskapi/request/{issueIdOrKey}/comment', 'write:servicedesk-request', jsm],
    ['get', '/rest/servicedeskapi/request/{issueIdOrKey}/sla', 'read:jira-work', jsm],
    ['get', '/rest/servicedeskapi/request/{requestIdOrKey}/feedback', 'read:servicedesk-request', jsm],
    ['post', '/rest/servicedeskapi/request/{requestIdOrKey}/feedback', 'write:servicedesk-request', jsm],
    ['get', '/rest/servicedeskapi/servicedesk', 'read:servicedesk-request', jsm],
    ['get', '/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype', 'read:servicedesk-request', jsm],
    ['get', '/rest/api/3/issue/{issueIdOrKey}', 'read:jira-work', jira],
    ['get', '/rest/api/3/issue/{issueIdOrKey}/changelog', 'read:jira-work', jira],
    ['get', '/rest/api/3/issue/{issueIdOrKey}/comment', 'read:jira-work', jira],
    ['post', '/rest/api/3/issue/{issueIdOrKey}/comment', 'write:jira-work', jira],
    ['get', '/rest/api/3/issue/{issueIdOrKey}/worklog', 'read:jira-work', jira],
    ['get', '/rest/api/3/search/jql', 'read:jira-work', jira],
    ['post', '/rest/api/3/search/jql', 'read:jira-work', jira],
    ['get', '/rest/api/3/project/search', 'read:jira-work', jira],
    ['get', '/rest/api/3/mypermissions', 'read:jira-work', jira],
    ['get', '/rest/api/3/myself', 'read:jira-user', jira],
    ['get', '/rest/api/3/user', 'read:jira-user', jira],
  ])('%s %s needs %s', (method, p, scope, doc) => {
    expect(current(doc, p, method)).toEqual([scope]);
  });

  it('keeps the other products empty but valid', () => {
    for (const file of [
      SPEC_FILES.LOCAL_JSW_SWAGGER,
      SPEC_FILES.LOCAL_CONF_SWAGGER,
      SPEC_FILES.LOCAL_CONF_V2_SWAGGER,
      SPEC_FILES.LOCAL_BB_SWAGGER,
    ]) {
      const doc = JSON.parse(fs.readFileSync(path.join(SPECS, file), 'utf8')) as {
        openapi: string;
        paths: object;
      };
      expect(doc.openapi).toBe('3.0.1');
      expect(doc.paths).toEqual({});
    }
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadManifest } from '../../../src/local/platform/manifest';
import { LocalForge } from '../../../src/local/platform/runtime';
import { compileTriggerFilter } from '../../../src/local/platform/trigger-filter';
import { APP_DIR } from '../../support/local-site';

const resolutionItem = {
  field: 'resolution',
  fieldtype: 'jira',
  fieldId: 'resolution',
  from: null,
  to: '10000',
};
const statusItem = { field: 'status', fieldtype: 'jira', fieldId: 'status', from: '1', to: '3' };
const update = (changelog: unknown) => ({
  eventType: 'avi:jira:updated:issue',
  issue: { id: '10001', key: 'SD-1', fields: {} },
  ...(changelog === undefined ? {} : { changelog }),
});

describe("the manifest's resolution filter, as Forge evaluates it", () => {
  const trigger = loadManifest(APP_DIR).modules.trigger.find(
    (candidate) => candidate.key === 'resolution-trigger',
  )!;
  const filter = compileTriggerFilter(trigger.key, trigger.filter);

  it('is the expression the evaluator checks (a Jira expression over event)', () => {
    expect(trigger.filter?.expression).toBe(
      "event.changelog?.items?.some(item => item?.fieldId == 'resolution') == true",
    );
  });

  it('lets a resolution change through, whatever else changed with it', () => {
    expect(filter(update({ id: '1', items: [resolutionItem] }))).toEqual({ deliver: true });
    // An item without fieldId (Jira leaves it out for some fields) does not stop the search.
    expect(
      filter(update({ id: '1', items: [{ field: 'Link', from: null }, statusItem, resolutionItem] })),
    ).toEqual({
      deliver: true,
    });
  });

  it('drops a change that does not touch the resolution, without logging', () => {
    expect(filter(update({ id: '1', items: [statusItem] }))).toEqual({ deliver: false });
    expect(filter(update({ id: '1', items: [] }))).toEqual({ deliver: false });
    expect(filter(update(null))).toEqual({ deliver: false });
  });

  it('drops an update without a changelog and logs why: reading a missing property is an error', () => {
    expect(filter(update(undefined))).toEqual({
      deliver: false,
      logged:
        'Trigger filter of resolution-trigger failed: Property "changelog" does not exist (event.changelog) ' +
        `(evaluating "event.changelog?.items?.some(item => item?.fieldId == 'resolution') == true"). ` +
        'The event was dropped (onError IGNORE_AND_LOG).',
    });
  });

  it('ignores the events the app caused itself', () => {
    expect(filter({ ...update({ id: '1', items: [resolutionItem] }), selfGenerated: true })).toEqual({
      deliver: false,
    });
  });
});

describe('trigger filters', () => {
  const withoutChangelog = update(undefined);

  it('follow onError when the expression fails', () => {
    const expression = "event.changelog.items.some(item => item.fieldId == 'resolution')";
    expect(compileTriggerFilter('t', { expression, onError: 'IGNORE' })(withoutChangelog)).toEqual({
      deliver: false,
    });
    expect(compileTriggerFilter('t', { expression, onError: 'RECEIVE_AND_LOG' })(withoutChangelog)).toEqual({
      deliver: true,
      logged: expect.stringMatching(/delivered anyway \(onError RECEIVE_AND_LOG\)\.$/),
    });
    expect(compileTriggerFilter('t', { expression })(withoutChangelog)).toMatchObject({
      deliver: false,
      logged: expect.stringContaining('(onError IGNORE_AND_LOG)'),
    });
  });

  it('treat a result that is not a Boolean as a failure', () => {
    expect(compileTriggerFilter('t', { expression: 'event.issue.key' })(withoutChangelog)).toEqual({
      deliver: false,
      logged:
        'Trigger filter of t failed: The expression returned "SD-1", not a Boolean. The event was dropped (onError IGNORE_AND_LOG).',
    });
  });

  it('refuse at startup what Forge refuses or the local evaluator cannot take', () => {
    expect(() => compileTriggerFilter('t', {})).toThrow(
      'manifest.yml, trigger t, filter: a filter needs ignoreSelf or expression (or both).',
    );
    expect(() => compileTriggerFilter('t', { ignoreSelf: true, onError: 'IGNORE' })).toThrow(
      'manifest.yml, trigger t, filter: onError can be used only with expression.',
    );
    expect(() => compileTriggerFilter('t', { expression: 'event.changelog.items.length > 0' })).toThrow(
      'manifest.yml, trigger t, filter.expression cannot be evaluated by the local runtime: ' +
        'Unsupported syntax ">" (column 30 of "event.changelog.items.length > 0")',
    );
  });

  it('stop the local runtime from starting when the manifest has an expression it cannot evaluate', () => {
    const appDir = mkdtempSync(join(tmpdir(), 'cx-manifest-'));
    try {
      const manifest = readFileSync(join(APP_DIR, 'manifest.yml'), 'utf8');
      const broken = manifest.replace(/expression: ".*"/, 'expression: "event.changelog.items.length >= 1"');
      expect(broken).not.toBe(manifest);
      writeFileSync(join(appDir, 'manifest.yml'), broken);
      expect(
        () =>
          new LocalForge({
            appDir,
            clock: undefined as never,
            kvs: undefined as never,
            site: undefined as never,
          }),
      ).toThrow(
        'manifest.yml, trigger resolution-trigger, filter.expression cannot be evaluated by the local runtime',
      );
    } finally {
      rmSync(appDir, { recursive: true, force: true });
    }
  });
});

import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * The manifest's filter on the local runtime, evaluated as a Jira expression: a resolution change
 * invokes the trigger, any other update is dropped before an invocation, and an update without a
 * changelog (reading a missing property is an error in Jira expressions) is dropped and logged.
 */
describe('the resolution trigger filter on the local runtime', () => {
  let local: Site;
  let key: string;

  beforeEach(async () => {
    local = await startLocalSite();
    key = local.site.listRequests({ limit: 5, projectKey: 'SD', status: 'open' })[0]!.key;
  });
  afterEach(() => local.close());

  const records = (kind: string) => local.runtime.log.recent().filter((record) => record.kind === kind);

  it('invokes the trigger for a resolution change', async () => {
    await local.runtime.deliverProductEvent(local.site.resolve(key));
    expect(records('trigger').map((run) => run.outcome)).toEqual(['ok']);
    expect(records('filter')).toEqual([]);
  });

  it('drops an update that does not change the resolution, silently', async () => {
    const event = local.site.resolve(key);
    const items = event.changelog.items.filter((item) => item.fieldId !== 'resolution');
    const statusOnly = { ...event, changelog: { ...event.changelog, items } };
    await local.runtime.deliverProductEvent(statusOnly);
    expect(records('trigger')).toEqual([]);
    expect(records('filter')).toEqual([]);
    expect(local.kvs.stats().writes).toBe(0);
  });

  it('drops an update without a changelog and logs the failed expression, instead of reading it as falsy', async () => {
    const { changelog: _dropped, ...withoutChangelog } = local.site.resolve(key);
    await local.runtime.deliverProductEvent(withoutChangelog);
    expect(records('trigger')).toEqual([]);
    expect(records('filter')).toEqual([
      expect.objectContaining({
        functionKey: 'on-issue-updated',
        moduleKey: 'resolution-trigger',
        outcome: 'error',
        error: expect.stringMatching(
          /^Trigger filter of resolution-trigger failed: Property "changelog" does not exist \(event\.changelog\).*The event was dropped \(onError IGNORE_AND_LOG\)\.$/,
        ),
      }),
    ]);
    expect(local.kvs.stats().writes).toBe(0);
  });
});

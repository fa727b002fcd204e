import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsmSite } from '../../../src/local/jsm';
import { NOW, getJson, smallSiteData } from './fixture';

describe('persistence', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'jsm-site-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('round-trips the site, including changes made through REST and events', async () => {
    const dataFile = join(directory, 'nested', 'jsm.json');
    const site = new JsmSite({ dataFile, now: () => NOW });
    site.replaceData(smallSiteData());
    await getJson(
      site,
      '/rest/servicedeskapi/request/SD-1/comment',
      { as: 'app' },
      {
        method: 'POST',
        body: JSON.stringify({ body: 'Saved?', public: true }),
      },
    );
    const event = site.resolve('SD-2');
    await site.flush();

    const reloaded = new JsmSite({ dataFile, now: () => NOW });
    expect(reloaded.snapshot()).toEqual(site.snapshot());
    expect(reloaded.request('SD-2')?.resolution).toBe('Done');
    // Counters persist too: the next changelog id follows the last one instead of reusing it.
    expect(Number(reloaded.reopen('SD-2').changelog.id)).toBe(Number(event.changelog.id) + 1);
    // Only the data file remains: the temporary file was renamed over it.
    expect(readdirSync(join(directory, 'nested'))).toEqual(['jsm.json']);
  });

  it('starts empty without a file and refuses a file that is not site data', async () => {
    const dataFile = join(directory, 'jsm.json');
    const site = new JsmSite({ dataFile, now: () => NOW });
    expect(site.serviceDesks()).toEqual([]);
    await site.flush();
    expect(new JsmSite({ dataFile, now: () => NOW }).users()).toEqual(site.users());
    const other = join(directory, 'other.json');
    writeFileSync(other, JSON.stringify({ version: 2 }));
    expect(() => new JsmSite({ dataFile: other, now: () => NOW })).toThrow(/not a JSM site data file/);
  });
});

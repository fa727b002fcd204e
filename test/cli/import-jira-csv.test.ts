import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './support';

const EXPORT = join(__dirname, '..', 'fixtures', 'jira-export.csv');
const dir = mkdtempSync(join(tmpdir(), 'cx-metrics-import-'));

describe('cx-metrics import jira-csv', () => {
  it('turns export rows into canonical NDJSON, dates read in the given zone', async () => {
    const { status, stdout } = await run(['import', 'jira-csv', EXPORT, '--time-zone', 'Europe/Berlin']);
    expect(status).toBe(0);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      {
        type: 'ticket',
        source: 'jsm',
        id: '10001',
        key: 'SD-1',
        project: 'SD',
        kind: 'request',
        priority: 'High',
        requestType: 'Get IT help',
        assignee: 'acc-a',
        reporter: 'acc-b',
        // 9:00 AM in Berlin (UTC+2 in June)
        createdAt: '2024-06-03T07:00:00.000Z',
        resolvedAt: '2024-06-03T10:00:00.000Z',
        // the first comment by someone other than the reporter
        firstResponseAt: '2024-06-03T07:10:00.000Z',
        // the reporter's comment after resolution: the FCR proxy
        followUpAt: ['2024-06-05T06:00:00.000Z'],
        handleSeconds: 1800,
      },
      {
        type: 'response',
        source: 'jsm',
        ticketId: '10001',
        survey: 'csat',
        score: 5,
        answeredAt: '2024-06-03T11:00:00.000Z',
        respondent: 'acc-b',
      },
      {
        type: 'ticket',
        source: 'jsm',
        id: '10002',
        key: 'SD-2',
        project: 'SD',
        kind: 'incident',
        priority: 'Highest',
        reporter: 'acc-c',
        createdAt: '2024-06-04T20:30:00.000Z',
      },
    ]);
  });

  it('reports rows it cannot use by line (a quoted line break moves the count)', async () => {
    const { stderr } = await run(['import', 'jira-csv', EXPORT]);
    expect(stderr.split('\n')).toEqual([
      'line 5: skipped: created: cannot read the date "yesterday"',
      'line 6: skipped: ticket resolvedAt: resolvedAt is before createdAt',
      'skipped 2 of 4 rows',
      '',
    ]);
  });

  it('feeds the report: CSAT, FCR proxy and timings from an export', async () => {
    const ndjson = join(dir, 'export.ndjson');
    writeFileSync(ndjson, (await run(['import', 'jira-csv', EXPORT, '--time-zone', 'Europe/Berlin'])).stdout);
    const { metrics } = JSON.parse((await run(['report', ndjson], { now: '2024-07-01T00:00:00Z' })).stdout);
    expect(metrics.csat).toMatchObject({ value: 100, n: 1 });
    // SD-1 was followed up 2 days after resolution
    expect(metrics.fcr).toMatchObject({ value: 0, n: 1, failed: 1 });
    expect(metrics.mtta.overall).toMatchObject({ n: 1, meanSeconds: 600 });
    expect(metrics.mtta.unacknowledged).toBe(1);
    expect(metrics.aht).toEqual({ n: 1, meanSeconds: 1800 });
  });

  it('reads ISO dates and an explicit date format', async () => {
    const csv = join(dir, 'iso.csv');
    writeFileSync(
      csv,
      'Issue key,Issue id,Created\nSD-9,9,2024-06-01T10:00:00+02:00\nSD-10,10,01.06.2024 10:00\n',
    );
    const iso = await run(['import', 'jira-csv', csv]);
    expect(JSON.parse(iso.stdout.split('\n')[0]!).createdAt).toBe('2024-06-01T08:00:00.000Z');
    const custom = await run(['import', 'jira-csv', csv, '--date-format', 'dd.MM.yyyy HH:mm']);
    expect(JSON.parse(custom.stdout.split('\n')[1]!).createdAt).toBe('2024-06-01T10:00:00.000Z');
  });

  it('ignores comments when the reporter is known only by display name', async () => {
    const csv = join(dir, 'names.csv');
    writeFileSync(
      csv,
      'Issue key,Issue id,Created,Reporter,Comment\nSD-1,1,2024-06-01 10:00,Bob,2024-06-01 10:05;acc-a;hi\n',
    );
    const { stdout } = await run(['import', 'jira-csv', csv]);
    expect(JSON.parse(stdout)).not.toHaveProperty('firstResponseAt');
  });

  it('exits 2 naming the columns it needs for an unknown layout', async () => {
    const csv = join(dir, 'other.csv');
    writeFileSync(csv, 'Key,Title,Opened\nA-1,x,2024-06-01 10:00\n');
    const { status, stderr } = await run(['import', 'jira-csv', csv]);
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /^cx-metrics: unknown column layout: a Jira CSV export needs the columns "Issue id", "Created" /,
    );
    expect(stderr.split('\n')).toHaveLength(2);
  });

  it.each([
    [
      ['import', 'jira-csv', join(dir, 'missing.csv')],
      `cx-metrics: cannot read ${join(dir, 'missing.csv')}: no such file`,
    ],
    [
      ['import', 'jira-csv', EXPORT, '--time-zone', 'Mars/Olympus'],
      'cx-metrics: --time-zone "Mars/Olympus" is not an IANA time zone',
    ],
    [['import', 'jira-csv', EXPORT, '--from', '2024-06-01'], 'cx-metrics: --from does not apply to import'],
  ])('exits 2 for %j', async (argv, message) => {
    const { status, stderr } = await run(argv);
    expect(status).toBe(2);
    expect(stderr).toBe(`${message}\n`);
  });

  it('exits 2 for a broken CSV file', async () => {
    const csv = join(dir, 'broken.csv');
    writeFileSync(csv, 'Issue key,Issue id,Created\n"SD-1,1,2024-06-01 10:00\n');
    const { status, stderr } = await run(['import', 'jira-csv', csv]);
    expect(status).toBe(2);
    expect(stderr).toBe(`cx-metrics: ${csv}: line 2: a quoted field is never closed\n`);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './support';

const EXPORT = join(__dirname, '..', 'fixtures', 'servicenow-export.json');
const MAPPING = join(__dirname, '..', 'fixtures', 'servicenow-mapping.json');
const dir = mkdtempSync(join(tmpdir(), 'cx-metrics-servicenow-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const ndjson = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const A = '9d385017c611228701d22104cc95c371';
const B = 'e8caedcbc0a80164017df472f39eaed1';

describe('cx-metrics import servicenow', () => {
  it('turns an export keyed by table into canonical NDJSON: tickets, then answers', async () => {
    const { status, stdout } = await run(['import', 'servicenow', EXPORT, '--mapping', MAPPING]);
    expect(status).toBe(0);
    const common = {
      type: 'ticket',
      source: 'servicenow',
      kind: 'incident',
      requestType: 'software',
      assignee: '46d44a23a9fe19810012d100cca80666',
      team: '287ebd7da9fe198100f92cc8d1d2154e',
      reporter: '5137153cc611227c000bbd1bd8cd2005',
    };
    const answer = {
      type: 'response',
      source: 'servicenow',
      ticketId: A,
      answeredAt: '2025-03-06T10:12:44.000Z',
      respondent: '62826bf03710200044e0bfc8bcbe5df1',
    };
    expect(ndjson(stdout)).toEqual([
      {
        ...common,
        id: A,
        key: 'INC0010001',
        priority: 'High',
        createdAt: '2025-03-03T08:15:00.000Z',
        firstResponseAt: '2025-03-03T08:21:30.000Z',
        firstResponseBy: 'human',
        resolvedAt: '2025-03-03T09:02:10.000Z',
      },
      {
        ...common,
        id: B,
        key: 'INC0010002',
        priority: 'Moderate',
        createdAt: '2025-03-04T10:00:00.000Z',
        // an assignment rule ("system") stopped the response SLA
        firstResponseAt: '2025-03-04T10:01:00.000Z',
        firstResponseBy: 'automation',
        // the first resolution, from the resolution SLA: resolved_at was cleared by the reopen
        resolvedAt: '2025-03-04T12:00:00.000Z',
        reopenedAt: ['2025-03-04T15:00:00.000Z'],
      },
      {
        type: 'ticket',
        source: 'servicenow',
        id: 'aeed229047801200e0ef563dbb9a71c2',
        key: 'RITM0010001',
        kind: 'request',
        requestType: '04b7e94b4f7b4200086eeed18110c7fd',
        team: '287ebd7da9fe198100f92cc8d1d2154e',
        reporter: '5137153cc611227c000bbd1bd8cd2005',
        createdAt: '2025-03-03T08:00:00.000Z',
        resolvedAt: '2025-03-05T16:30:00.000Z',
        valueAt: '2025-03-05T16:30:00.000Z',
      },
      { ...answer, survey: 'csat', score: 4, comment: 'Quick fix, thanks' },
      { ...answer, survey: 'nps', score: 9 },
      // "2" on an inverted 1–7 question
      { ...answer, survey: 'ces', score: 6 },
    ]);
  });

  it('names every row that made no record, and the rows that feed nothing by design', async () => {
    const { stderr } = await run(['import', 'servicenow', EXPORT, '--mapping', MAPPING]);
    expect(stderr.split('\n')).toEqual([
      'incident row 4 (INC0010004): skipped: opened_at: "03/05/2025 11:00:00" is not a raw UTC date-time (YYYY-MM-DD HH:mm:ss; export with sysparm_display_value=false)',
      'incident row 3 (INC0010003): excluded: state 8 is excluded by the mapping',
      'unused: task_sla: 1 rows, neither a completed response nor a completed resolution SLA',
      'skipped 1 of 13 rows',
      'excluded 1 of 13 rows',
      '',
    ]);
  });

  it('feeds the report: CSAT, CES, NPS, FCR, MTTA and TTV from a ServiceNow export', async () => {
    const records = file(
      'records.ndjson',
      (await run(['import', 'servicenow', EXPORT, '--mapping', MAPPING])).stdout,
    );
    const { metrics } = JSON.parse((await run(['report', records], { now: '2025-04-01T00:00:00Z' })).stdout);
    expect(metrics.csat).toMatchObject({ value: 100, n: 1 });
    expect(metrics.ces).toMatchObject({ value: 100, n: 1 });
    expect(metrics.nps).toMatchObject({ value: 100, n: 1, promoters: 1 });
    // INC0010002 was reopened 3 hours after its first resolution
    expect(metrics.fcr).toMatchObject({ n: 3, failed: 1 });
    expect(metrics.fcr.value).toBeCloseTo(200 / 3, 10);
    expect(metrics.mtta.overall).toMatchObject({ n: 2, meanSeconds: 225 });
    expect(metrics.mtta.human).toMatchObject({ n: 1, meanSeconds: 390 });
    expect(metrics.mtta.automated).toMatchObject({ n: 1, meanSeconds: 60 });
    expect(metrics.mtta.unacknowledged).toBe(1);
    expect(metrics.ttv).toMatchObject({ n: 1, meanSeconds: 2 * 86_400 + 8.5 * 3600 });
  });

  it('reads one Table API answer named with --table, with the stock mapping', async () => {
    const single = file('incident.json', {
      result: [{ sys_id: 'i1', number: 'INC1', state: '1', opened_at: '2025-03-03 08:15:00', priority: '1' }],
    });
    const { status, stdout, stderr } = await run(['import', 'servicenow', single, '--table', 'incident']);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(ndjson(stdout)).toEqual([
      {
        type: 'ticket',
        source: 'servicenow',
        id: 'i1',
        key: 'INC1',
        kind: 'incident',
        priority: 'Critical',
        createdAt: '2025-03-03T08:15:00.000Z',
      },
    ]);
  });

  it('exits 2 with a one-line reason on unusable arguments, files and mappings', async () => {
    const cases: Array<[string[], string]> = [
      [['import', 'servicenow'], 'expected: cx-metrics import servicenow <export.json>'],
      [
        ['import', 'servicenow', join(dir, 'missing.json')],
        `cannot read ${join(dir, 'missing.json')}: no such file`,
      ],
      [
        ['import', 'servicenow', file('bad.json', '{"result": [')],
        `${join(dir, 'bad.json')}: not valid JSON`,
      ],
      [
        ['import', 'servicenow', file('one.json', { result: [] })],
        `${join(dir, 'one.json')} holds one Table API answer: name its table with --table (e.g. --table incident)`,
      ],
      [
        ['import', 'servicenow', file('odd.json', { incident: { rows: [] } })],
        `${join(dir, 'odd.json')}: table "incident" must be {"result":[...]} or a list of rows`,
      ],
      [
        [
          'import',
          'servicenow',
          EXPORT,
          '--mapping',
          file('m.json', {
            surveys: { questions: [{ metric: 'q', survey: 'nps', scale: { min: 1, max: 5 } }] },
          }),
        ],
        `${join(dir, 'm.json')}: surveys.questions.0.scale: a nps question needs 11 points like 0–10, not 1–5`,
      ],
      [
        ['import', 'servicenow', EXPORT, '--time-zone', 'UTC'],
        '--time-zone does not apply to import servicenow',
      ],
      [['import', 'servicenow', EXPORT, '--table', 'inc;ident'], '--table "inc;ident" is not a table name'],
      [['import', 'jira-csv', EXPORT, '--table', 'incident'], '--table does not apply to import jira-csv'],
      [['import', 'snow', EXPORT], 'unknown import source "snow" (known: jira-csv, servicenow)'],
    ];
    for (const [argv, reason] of cases) {
      const { status, stdout, stderr } = await run(argv);
      expect({ argv, status, stdout }).toEqual({ argv, status: 2, stdout: '' });
      expect(stderr.startsWith(`cx-metrics: ${reason}`)).toBe(true);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});

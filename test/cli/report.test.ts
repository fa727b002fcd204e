import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectSameJson, run } from './support';

const SAMPLE = join(__dirname, '..', 'fixtures', 'sample.ndjson');
const WINDOW = ['--as-of', '2024-06-30T00:00:00Z', '--from', '2024-06-01', '--to', '2024-06-30T00:00:00Z'];

const wilson = (low: number, high: number) => [low, high];
const third = 100 / 3;

// Every number below is worked out by hand from test/fixtures/sample.ndjson; interval bounds were
// computed independently (Wilson and adjusted Wald, z = 1.959963984540054).
const EXPECTED = {
  asOf: '2024-06-30T00:00:00.000Z',
  window: { from: '2024-06-01T00:00:00.000Z', to: '2024-06-30T00:00:00.000Z' },
  // 41 lines, one blank; line 11 (score 6 on CSAT), 17 (not JSON), 33 (no createdAt) skipped
  records: { read: 40, skipped: 3 },
  metrics: {
    // T1 5, T2 4, T3 2 (its later 5 is a duplicate), T5 3 → 2 of 4
    csat: {
      value: 50,
      n: 4,
      positive: 2,
      ci95: wilson(15.003898915214952, 84.99610108478505),
      lowSample: true,
      target: 85,
    },
    // 6, 5, 7 with threshold 6 → 2 of 3
    ces: {
      value: 2 * third,
      n: 3,
      positive: 2,
      threshold: 6,
      ci95: wilson(20.76596008020478, 93.85080552796038),
      lowSample: true,
      target: 80,
    },
    // 10, 8, 3 → one of each; adjusted Wald n' = 6, p' = d' = 1.75/6
    nps: {
      value: 0,
      n: 3,
      promoters: 1,
      passives: 1,
      detractors: 1,
      ci95: [-61.112614338043166, 61.112614338043166],
      lowSample: true,
      target: 50,
    },
    // T4: clarity 5, timeliness 3, usefulness 4 → 2 of 3; T4 asked for a status
    ice: {
      value: 2 * third,
      n: 3,
      byQuestion: {
        clarity: { value: 100, n: 1, positive: 1, ci95: wilson(20.654931437723747, 100), lowSample: true },
        timeliness: { value: 0, n: 1, positive: 0, ci95: wilson(0, 79.34506856227625), lowSample: true },
        usefulness: { value: 100, n: 1, positive: 1, ci95: wilson(20.654931437723747, 100), lowSample: true },
      },
      statusFollowUps: 1,
    },
    // resolved in June: T5 (06-02, follow-up after 10 days: success), T1 (success), T2 (reopened
    // after 2 days: failed), T3 (success), T4 (06-28: pending) → 3 of 4
    fcr: {
      value: 75,
      n: 4,
      failed: 1,
      pending: 1,
      ci95: wilson(30.064184258240186, 95.44127391902994),
      target: 75,
    },
    // created in June: T1 600 s human (High, ≤ 900), T2 60 s automation (≤ 7200),
    // T3 9000 s human (Low, > 7200), T4 unacknowledged; T5 was created in May
    mtta: {
      overall: { n: 3, meanSeconds: 3220, medianSeconds: 600, p90Seconds: 9000, targetAttainment: 2 * third },
      human: { n: 2, meanSeconds: 4800, medianSeconds: 4800, p90Seconds: 9000, targetAttainment: 50 },
      automated: { n: 1, meanSeconds: 60, medianSeconds: 60, p90Seconds: 60, targetAttainment: 100 },
      unacknowledged: 1,
    },
    // requests completed in June: T2 3600 s (valueAt), T3 86400 s, T5 13 days = 1123200 s
    ttv: { n: 3, meanSeconds: 404400, medianSeconds: 86400, p90Seconds: 1123200 },
    // T1 1800, T2 600, T5 1200
    aht: { n: 3, meanSeconds: 1200 },
    // u1 opened T1 an hour later (failed), u6 succeeded, u7 abandoned, u8 pending
    selfService: { value: third, n: 3, abandonmentRate: third, pending: 1 },
    // June samples: up fast, up slow, down (the May sample is outside)
    availability: { Email: { technical: 2 * third, effective: third, gap: third, n: 3 } },
    responseRate: {
      csat: { value: 80, invitations: 5, responses: 4 },
      ces: { value: 75, invitations: 4, responses: 3 },
      nps: { value: null, invitations: 0, responses: 3 },
      ice: { value: 100, invitations: 1, responses: 1 },
    },
    // (50 + 66.67 + 50 + 75 + 66.67 + 33.33 + 33.33) / 7 = 375 / 7
    experienceIndex: {
      value: 375 / 7,
      components: {
        csat: 50,
        ces: 2 * third,
        nps: 50,
        fcr: 75,
        mtta: 2 * third,
        availability: third,
        selfService: third,
      },
      // The answers, tickets, sessions and samples behind each component, and their sum.
      sizes: { csat: 4, ces: 3, nps: 3, fcr: 4, mtta: 3, availability: 3, selfService: 3 },
      n: 23,
    },
  },
};

describe('cx-metrics report', () => {
  it('prints the contract JSON for the sample file', async () => {
    const { status, stdout } = await run(['report', SAMPLE, ...WINDOW]);
    expect(status).toBe(0);
    expectSameJson(JSON.parse(stdout), EXPECTED);
  });

  it('names every skipped line with its reason on stderr', async () => {
    const { stderr } = await run(['report', SAMPLE, ...WINDOW]);
    expect(stderr.split('\n')).toEqual([
      'line 11: skipped: score: score 6 is outside the csat scale 1–5',
      expect.stringMatching(/^line 17: skipped: not valid JSON \(/),
      'line 33: skipped: createdAt: Invalid input: expected string, received undefined',
      'skipped 3 of 40 lines',
      '',
    ]);
  });

  it('defaults --as-of to now and leaves the window open', async () => {
    const { stdout } = await run(['report', SAMPLE], { now: '2024-07-01T00:00:00Z' });
    const report = JSON.parse(stdout);
    expect(report.asOf).toBe('2024-07-01T00:00:00.000Z');
    expect(report.window).toEqual({ from: null, to: null });
    // T5's May acknowledgement now counts too
    expect(report.metrics.mtta.overall.n).toBe(4);
  });

  it('prints a table grouped into results and process metrics with targets marked', async () => {
    const { status, stdout } = await run(['report', SAMPLE, ...WINDOW, '--format', 'table']);
    expect(status).toBe(0);
    const results = stdout.indexOf('Results metrics');
    const processMetrics = stdout.indexOf('Process metrics');
    expect(results).toBeGreaterThan(0);
    expect(processMetrics).toBeGreaterThan(results);
    expect(stdout).toMatch(/^CSAT +50\.0 % \* +4 +✗ 85 +95 % CI 15\.0–85\.0$/m);
    expect(stdout).toMatch(/^FCR +75\.0 % +4 +✓ 75 +1 failed · 1 pending/m);
    expect(stdout).toMatch(/^MTTA +53m 40s +3 +median 10m 00s · p90 2h 30m · 66\.7 % within target$/m);
    expect(stdout.indexOf('FCR')).toBeGreaterThan(processMetrics);
  });

  it('shows no progress when stderr is not a terminal', async () => {
    const { stderr } = await run(['report', SAMPLE, ...WINDOW]);
    expect(stderr).not.toContain('\r');
  });

  it('counts everything as skipped in a file of garbage, and still reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cx-metrics-'));
    const file = join(dir, 'bad.ndjson');
    writeFileSync(file, '\uFEFF[1]\n{"type":"ticket","id":"1","createdAt":"2024-06-01T00:00:00"}\n');
    const { status, stdout, stderr } = await run(['report', file]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).records).toEqual({ read: 2, skipped: 2 });
    expect(JSON.parse(stdout).metrics.csat.value).toBeNull();
    expect(stderr).toContain('line 1: skipped: ');
    expect(stderr).toContain('line 2: skipped: createdAt: ');
  });
});

describe('cx-metrics exit status 2', () => {
  it.each([
    [['report', '/no/such/file.ndjson'], 'cx-metrics: cannot read /no/such/file.ndjson: no such file'],
    [['report', '.'], 'cx-metrics: cannot read .: not a file'],
    [['report'], 'cx-metrics: expected: cx-metrics report <file.ndjson>'],
    [['report', SAMPLE, '--format', 'xml'], 'cx-metrics: --format must be json or table, not "xml"'],
    [
      ['report', SAMPLE, '--as-of', 'yesterday'],
      expect.stringMatching(/^cx-metrics: --as-of "yesterday" is not an ISO-8601 time/),
    ],
    [
      ['report', SAMPLE, '--from', '2024-06-02', '--to', '2024-06-01'],
      'cx-metrics: --from must be before --to',
    ],
    [['report', SAMPLE, '--time-zone', 'UTC'], 'cx-metrics: --time-zone does not apply to report'],
    [['frobnicate'], 'cx-metrics: unknown command "frobnicate"'],
    [['import', 'excel', 'x.csv'], 'cx-metrics: unknown import source "excel" (known: jira-csv, servicenow)'],
  ])('%j', async (argv, message) => {
    const { status, stdout, stderr } = await run(argv as string[]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([message, '']);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './support';

/**
 * `cx-metrics report --as-of` describes the moment it names: a first response given later, and a
 * reopen that came later, are left out (metrics.md, "Windows"; docs/decisions.md).
 */
describe('cx-metrics report --as-of', () => {
  const lines = [
    {
      type: 'ticket',
      id: 'T1',
      createdAt: '2024-06-10T09:00:00Z',
      firstResponseAt: '2024-06-12T09:00:00Z',
      firstResponseBy: 'human',
      resolvedAt: '2024-06-10T10:00:00Z',
      reopenedAt: ['2024-06-13T09:00:00Z'],
    },
    {
      type: 'ticket',
      id: 'T2',
      createdAt: '2024-06-10T09:00:00Z',
      firstResponseAt: '2024-06-10T09:30:00Z',
      firstResponseBy: 'automation',
      resolvedAt: '2024-06-10T10:00:00Z',
      handleSeconds: 600.5,
    },
    {
      type: 'ticket',
      id: 'T3',
      createdAt: '2024-06-10T09:00:00Z',
      resolvedAt: '2024-06-10T10:00:00Z',
      handleSeconds: 0.25,
    },
  ];
  const file = join(mkdtempSync(join(tmpdir(), 'cx-as-of-')), 'records.ndjson');
  writeFileSync(file, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);

  const report = async (asOf: string) => {
    const { status, stdout } = await run(['report', file, '--as-of', asOf, '--format', 'json']);
    expect(status).toBe(0);
    return JSON.parse(stdout) as {
      metrics: {
        mtta: { overall: { n: number }; human: { n: number }; unacknowledged: number };
        fcr: { n: number; failed: number; pending: number };
        aht: { n: number; meanSeconds: number };
      };
    };
  };

  it('leaves out the later first response and the later reopen', async () => {
    const { metrics } = await report('2024-06-11T09:00:00Z');
    expect([metrics.mtta.overall.n, metrics.mtta.human.n, metrics.mtta.unacknowledged]).toEqual([1, 0, 2]);
    expect([metrics.fcr.n, metrics.fcr.failed, metrics.fcr.pending]).toEqual([0, 0, 3]);
  });

  it('counts them once asOf has passed them', async () => {
    const { metrics } = await report('2024-06-20T00:00:00Z');
    expect([metrics.mtta.overall.n, metrics.mtta.human.n, metrics.mtta.unacknowledged]).toEqual([2, 1, 1]);
    expect([metrics.fcr.n, metrics.fcr.failed, metrics.fcr.pending]).toEqual([3, 1, 0]);
  });

  it('averages handle times as given, not rounded to whole milliseconds first', async () => {
    const { metrics } = await report('2024-06-20T00:00:00Z');
    expect(metrics.aht.n).toBe(2);
    expect(metrics.aht.meanSeconds).toBeCloseTo((600.5 + 0.25) / 2, 12);
  });
});

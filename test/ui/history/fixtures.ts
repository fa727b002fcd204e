/**
 * Canned answers for the history import, the records export and the agent panel's ticket timings,
 * for the fake dev host and the UI tests. One `fakeHistory()` is one site's state:
 *   - the import starts running; each `getBackfill` answers the progress, then moves it on by an
 *     eighth, so the bar reaches 100 % (state `done`) after eight reads, about 16 s of polling;
 *   - `startBackfill` restarts it (CONFLICT while running, INVALID_INPUT outside 1–24 months);
 *     24 months stops as `failed` at 40 %, so Resume can be seen; `resumeBackfill` goes on from there;
 *   - `exportRecords` answers 12,400 ticket records in three parts, a little apart;
 *   - `getTicketTimings`: SD-2 was answered by an agent and reopened once, SD-3 by automation,
 *     SD-1 was never captured (`null`).
 */
import type { BackfillStatus, RecordsExport, TicketTimings } from '../../../src/contract/backfill';
import type { Envelope } from '../../../src/contract/envelope';

export const FAKE_TOTAL = 12_400;
const STEP = FAKE_TOTAL / 8;
/** Requests per second the fake import pretends to manage, for its time left. */
const RATE = 50;
const EXPORT_PARTS = [5_000, 5_000, 2_400];
const STARTED_AT = '2025-03-31T09:00:00.000Z';

const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
const fail = (code: 'CONFLICT' | 'INVALID_INPUT', message: string, field?: string): Envelope<never> => ({
  ok: false,
  error: field ? { code, message, fields: [{ field, message }] } : { code, message },
});

function running(months: number, done = 0): BackfillStatus {
  return {
    state: 'running',
    months,
    total: FAKE_TOTAL,
    done,
    percent: (done / FAKE_TOTAL) * 100,
    etaSeconds: null,
    startedAt: STARTED_AT,
    updatedAt: STARTED_AT,
    errors: 0,
    lastError: null,
  };
}

/** One canonical ticket record (metrics.md) per line, as the real export writes them. */
export function fakeTicketLines(from: number, count: number): string {
  const lines: string[] = [];
  for (let n = from; n < from + count; n += 1) {
    const created = Date.UTC(2024, 3, 1) + n * 37 * 60_000;
    const at = (minutes: number) => new Date(created + minutes * 60_000).toISOString();
    lines.push(
      JSON.stringify({
        type: 'ticket',
        source: 'jira',
        id: String(20_000 + n),
        key: `SD-${n + 1}`,
        project: 'SD',
        kind: n % 3 === 0 ? 'request' : 'incident',
        priority: ['Low', 'Medium', 'High'][n % 3],
        createdAt: at(0),
        firstResponseAt: at(5 + (n % 50)),
        firstResponseBy: n % 4 === 0 ? 'automation' : 'human',
        resolvedAt: at(240 + (n % 600)),
        reopenedAt: n % 9 === 0 ? [at(1_500)] : [],
        followUpAt: [],
        handleSeconds: 600 + (n % 40) * 60,
      }),
    );
  }
  return lines.join('\n');
}

export const TICKET_TIMINGS: Readonly<Record<string, TicketTimings | null>> = {
  'SD-1': null,
  'SD-2': {
    createdAt: '2025-03-01T09:00:00.000Z',
    firstResponseAt: '2025-03-01T09:42:00.000Z',
    firstResponseBy: 'human',
    resolvedAt: '2025-03-02T12:00:00.000Z',
    reopenedAt: ['2025-03-02T15:10:00.000Z'],
    acknowledgeSeconds: 42 * 60,
    resolveSeconds: 27 * 3600,
    handleSeconds: 5_400,
  },
  'SD-3': {
    createdAt: '2025-03-01T09:00:00.000Z',
    firstResponseAt: '2025-03-01T09:00:20.000Z',
    firstResponseBy: 'automation',
    resolvedAt: null,
    reopenedAt: [],
    acknowledgeSeconds: 20,
    resolveSeconds: null,
    handleSeconds: null,
  },
};

export interface FakeHistory {
  /** The envelope for one of this fixture's keys, or `undefined` for any other key. */
  answer(functionKey: string, payload: unknown, issueKey?: string): Promise<Envelope<unknown>> | undefined;
  /** The import as it stands, for assertions. */
  status(): BackfillStatus;
}

export function fakeHistory(options: { partDelayMs?: number; now?: () => Date } = {}): FakeHistory {
  const partDelayMs = options.partDelayMs ?? 400;
  const now = options.now ?? (() => new Date());
  let status = running(12);
  /** The share done at which this run fails, if it is one that fails. */
  let failAt: number | null = null;

  /** Moves a running import on by one step: errors appear, then the time left, then the end. */
  const advance = () => {
    if (status.state !== 'running') return;
    const done = Math.min(FAKE_TOTAL, status.done + STEP);
    const at = now().toISOString();
    if (failAt !== null && done >= FAKE_TOTAL * failAt) {
      status = {
        ...status,
        state: 'failed',
        done,
        percent: (done / FAKE_TOTAL) * 100,
        etaSeconds: null,
        updatedAt: at,
        lastError:
          'Jira answered 503 Service Unavailable three times in a row; the import stopped at SD-4960.',
      };
      failAt = null;
      return;
    }
    status = {
      ...status,
      state: done >= FAKE_TOTAL ? 'done' : 'running',
      done,
      percent: (done / FAKE_TOTAL) * 100,
      etaSeconds: done >= FAKE_TOTAL ? null : (FAKE_TOTAL - done) / RATE,
      updatedAt: at,
      errors: done >= FAKE_TOTAL / 4 ? 3 : 0,
    };
  };

  const exportPart = async (payload: unknown): Promise<Envelope<RecordsExport>> => {
    const cursor = (payload as { cursor?: unknown } | null)?.cursor;
    const index = typeof cursor === 'string' ? Number(cursor.replace(/^part-/, '')) : 0;
    const count = EXPORT_PARTS[index];
    if (count === undefined) return fail('INVALID_INPUT', 'This export cursor is unknown.', 'cursor');
    await new Promise((resolve) => setTimeout(resolve, partDelayMs));
    const from = EXPORT_PARTS.slice(0, index).reduce((sum, n) => sum + n, 0);
    const next = index + 1 < EXPORT_PARTS.length ? { cursor: `part-${index + 1}` } : {};
    return ok({ ndjson: `${fakeTicketLines(from, count)}\n`, records: count, ...next });
  };

  return {
    status: () => status,
    answer(functionKey, payload, issueKey) {
      switch (functionKey) {
        case 'getBackfill': {
          const answer = ok(status);
          advance();
          return Promise.resolve(answer);
        }
        case 'startBackfill': {
          const months = (payload as { months?: unknown } | null)?.months;
          if (typeof months !== 'number' || !Number.isInteger(months) || months < 1 || months > 24) {
            return Promise.resolve(
              fail('INVALID_INPUT', 'Months must be a whole number from 1 to 24.', 'months'),
            );
          }
          if (status.state === 'running') {
            return Promise.resolve(fail('CONFLICT', 'An import is already running.'));
          }
          status = { ...running(months), startedAt: now().toISOString(), updatedAt: now().toISOString() };
          failAt = months === 24 ? 0.4 : null;
          return Promise.resolve(ok(status));
        }
        case 'resumeBackfill':
          if (status.state !== 'paused' && status.state !== 'failed') {
            return Promise.resolve(fail('CONFLICT', 'There is no stopped import to resume.'));
          }
          status = { ...status, state: 'running', lastError: null, updatedAt: now().toISOString() };
          return Promise.resolve(ok(status));
        case 'exportRecords':
          return exportPart(payload);
        case 'getTicketTimings':
          return Promise.resolve(ok(TICKET_TIMINGS[issueKey ?? ''] ?? null));
        default:
          return undefined;
      }
    },
  };
}

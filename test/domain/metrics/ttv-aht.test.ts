import { at, HOUR, metricsOf, ticket } from '../records.fixture';

const asOf = '2024-07-01T00:00:00Z';
const created = '2024-06-10T00:00:00Z';

describe('TTV', () => {
  it('measures requests to valueAt, else to resolvedAt, placed by completion', () => {
    const { ttv } = metricsOf(
      [
        ticket('value', created, {
          kind: 'request',
          valueAt: at(created, 2 * HOUR),
          resolvedAt: at(created, 5 * HOUR),
        }),
        ticket('resolved', created, { kind: 'request', resolvedAt: at(created, 4 * HOUR) }),
        ticket('incident', created, { kind: 'incident', resolvedAt: at(created, 1 * HOUR) }),
        ticket('open', created, { kind: 'request' }),
        // created in the window's past, completed inside it: placed by completion
        ticket('late', '2024-05-20T00:00:00Z', { kind: 'request', resolvedAt: '2024-06-01T00:00:00Z' }),
      ],
      { asOf, from: '2024-06-01T00:00:00Z' },
    );
    // 2 h, 4 h, 12 d = 7200, 14400, 1036800 s
    expect(ttv).toEqual({
      n: 3,
      meanSeconds: (7200 + 14400 + 1036800) / 3,
      medianSeconds: 14400,
      p90Seconds: 1036800,
    });
  });

  it('is null with no completed requests', () => {
    expect(metricsOf([], { asOf }).ttv).toEqual({
      n: 0,
      meanSeconds: null,
      medianSeconds: null,
      p90Seconds: null,
    });
  });
});

describe('AHT', () => {
  it('averages handleSeconds of tickets resolved in the window', () => {
    const { aht } = metricsOf(
      [
        ticket('a', created, { resolvedAt: created, handleSeconds: 1200 }),
        ticket('b', created, { resolvedAt: created, handleSeconds: 600 }),
        ticket('no-handle', created, { resolvedAt: created }),
        ticket('unresolved', created, { handleSeconds: 9999 }),
        ticket('before', '2024-05-01T00:00:00Z', { resolvedAt: '2024-05-01T00:00:00Z', handleSeconds: 9999 }),
      ],
      { asOf, from: '2024-06-01T00:00:00Z' },
    );
    expect(aht).toEqual({ n: 2, meanSeconds: 900 });
  });

  it('is null with no handled tickets', () => {
    expect(metricsOf([], { asOf }).aht).toEqual({ n: 0, meanSeconds: null });
  });
});

import { roughDuration } from '../../src/domain/facts/figures';
import { planWindow, previousWindow } from '../../src/domain/facts/window';

describe('roughDuration', () => {
  it('shows the two largest units, stopping at a gap', () => {
    expect(roughDuration(0)).toBe('0 s');
    expect(roughDuration(45)).toBe('45 s');
    expect(roughDuration(3725)).toBe('1 h 2 min');
    expect(roughDuration(3605)).toBe('1 h');
    expect(roughDuration(2 * 86_400 + 5 * 3600 + 59)).toBe('2 d 5 h');
  });
});

describe('planWindow', () => {
  it('reads whole months as months and the edges as days', () => {
    const plan = planWindow('2026-01-30', '2026-03-02');
    expect(plan.months).toEqual(['2026-02']);
    expect(plan.days).toEqual(['2026-01-30', '2026-01-31', '2026-03-01', '2026-03-02']);
  });

  it('reads a month as a month when the window ends on its last day', () => {
    expect(planWindow('2026-02-01', '2026-02-28')).toEqual({ months: ['2026-02'], days: [] });
    expect(planWindow('2025-03-18', '2025-05-31').months).toEqual(['2025-04', '2025-05']);
  });

  it('gives nothing for a reversed window, and the same length just before', () => {
    expect(planWindow('2026-03-02', '2026-03-01')).toEqual({ months: [], days: [] });
    expect(previousWindow('2026-03-01', '2026-03-07')).toEqual({ from: '2026-02-22', to: '2026-02-28' });
  });
});

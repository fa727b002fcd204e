import { Clock, installClock } from '../../src/local/platform/clock';
import { nextTick } from '../../src/local/platform/scheduled';

describe('Clock', () => {
  it('runs due timers in time order when advanced, and not before', async () => {
    const clock = new Clock('manual', new Date('2026-01-01T00:00:00Z'));
    const ran: string[] = [];
    clock.schedule(clock.now() + 120_000, () => void ran.push('b'));
    clock.schedule(clock.now() + 60_000, () => void ran.push('a'));
    clock.schedule(clock.now() + 600_000, () => void ran.push('late'));
    await clock.advance(59);
    expect(ran).toEqual([]);
    await clock.advance(61);
    expect(ran).toEqual(['a', 'b']);
    expect(clock.date().toISOString()).toBe('2026-01-01T00:02:00.000Z');
    expect(clock.pending()).toBe(1);
  });

  it('runs a timer scheduled by another timer within the same advance, at its own moment', async () => {
    const clock = new Clock('manual', new Date('2026-01-01T00:00:00Z'));
    const seen: string[] = [];
    clock.schedule(clock.now() + 1000, () => {
      clock.schedule(clock.now() + 1000, () => void seen.push(clock.date().toISOString()));
    });
    await clock.advance(10);
    expect(seen).toEqual(['2026-01-01T00:00:02.000Z']);
  });

  it('refuses to move backwards', async () => {
    await expect(new Clock('manual').advance(-1)).rejects.toThrow('only moves forward');
  });

  it('makes Date read the clock while installed, and restores it', async () => {
    const clock = new Clock('manual', new Date('2030-05-05T05:05:05Z'));
    const restore = installClock(clock);
    try {
      expect(new Date().toISOString()).toBe('2030-05-05T05:05:05.000Z');
      await clock.advance(3600);
      expect(Date.now()).toBe(Date.parse('2030-05-05T06:05:05Z'));
      expect(new Date('2020-01-01T00:00:00Z').getUTCFullYear()).toBe(2020);
    } finally {
      restore();
    }
    expect(new Date().getUTCFullYear()).toBeLessThan(2030);
  });
});

describe('nextTick', () => {
  it('aligns scheduled triggers to their interval grid', () => {
    const now = Date.parse('2026-01-01T10:07:00Z');
    expect(new Date(nextTick(now, 'fiveMinute')).toISOString()).toBe('2026-01-01T10:10:00.000Z');
    expect(new Date(nextTick(now, 'hour')).toISOString()).toBe('2026-01-01T11:00:00.000Z');
    expect(new Date(nextTick(now, 'day')).toISOString()).toBe('2026-01-02T00:00:00.000Z');
  });
});

import { isSampled, samplingDraw, stableHash } from '../../../src/domain/survey';
import { decide, settingsWith } from './fixtures';

describe('sampling', () => {
  it('hashes to pinned values (FNV-1a + MurmurHash3 finaliser), so decisions survive a redeploy', () => {
    // Computed independently of this code; a change here would re-sample every pending event.
    expect(stableHash('')).toBe(2872998923);
    expect(stableHash('a')).toBe(444641715);
    expect(stableHash('10001:55')).toBe(1694144737);
    expect(samplingDraw('10001', '55')).toBe(1694144737 / 2 ** 32);
  });

  it('draws in [0, 1) from the issue and changelog only', () => {
    const draw = samplingDraw('10001', '55');
    expect(draw).toBeGreaterThanOrEqual(0);
    expect(draw).toBeLessThan(1);
    expect(samplingDraw('10001', '55')).toBe(draw);
    expect(samplingDraw('10001', '56')).not.toBe(draw);
  });

  it('gives a redelivered event the same decision', () => {
    const tenPercent = settingsWith({ samplingPercent: 10 });
    for (let index = 0; index < 200; index += 1) {
      const input = {
        settings: tenPercent,
        ticket: { id: String(20000 + index), key: `SD-${index}`, project: 'SD', reporter: 'c' },
        changelogId: String(90000 + index),
        samplingDraw: undefined,
      };
      expect(decide(input).state).toBe(decide(input).state);
    }
  });

  it.each([
    [10, 9, 11],
    [50, 48.5, 51.5],
    [1, 0.7, 1.3],
  ])('samples %d %% of 10,000 consecutive ids within [%d %%, %d %%]', (percent, low, high) => {
    let sampled = 0;
    for (let index = 0; index < 10_000; index += 1) {
      if (isSampled(samplingDraw(String(10_000 + index), String(50_000 + index)), percent)) sampled += 1;
    }
    expect(sampled / 100).toBeGreaterThanOrEqual(low);
    expect(sampled / 100).toBeLessThanOrEqual(high);
  });

  it('spreads draws over the whole interval (no empty tenth)', () => {
    const tenths = new Array<number>(10).fill(0);
    for (let index = 0; index < 10_000; index += 1) {
      const tenth = Math.floor(samplingDraw(String(index), '1') * 10);
      tenths[tenth] = (tenths[tenth] ?? 0) + 1;
    }
    for (const count of tenths) expect(count).toBeGreaterThan(900);
  });

  it('samples everything at 100 % and nothing at 0 %', () => {
    expect(isSampled(0.999999, 100)).toBe(true);
    expect(isSampled(0, 0)).toBe(false);
    expect(isSampled(0.25, 25)).toBe(false);
    expect(isSampled(0.2499, 25)).toBe(true);
  });
});

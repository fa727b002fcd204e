import { DEFAULT_SETTINGS, targetStatus } from '../../../src/domain';
import {
  experienceChangeNote,
  experienceIndex,
  experienceIndexChange,
} from '../../../src/domain/metrics/experience-index';

const weights = DEFAULT_SETTINGS.weights;

const c = (value: number | null, n = 10) => ({ value, n });

describe('Experience Index', () => {
  it('is null when no component has data, with no components and n = 0', () => {
    expect(experienceIndex({ csat: c(null, 0), nps: c(null, 0) }, weights)).toEqual({
      value: null,
      components: {},
      sizes: {},
      n: 0,
    });
  });

  it('renormalises over the components that have data, NPS rescaled to 0–100', () => {
    // CSAT 80 and NPS 20 → (20 + 100) / 2 = 60; mean of 80 and 60 = 70
    expect(
      experienceIndex({ csat: c(80, 40), ces: c(null, 0), nps: c(20, 12), fcr: c(null, 0) }, weights),
    ).toEqual({ value: 70, components: { csat: 80, nps: 60 }, sizes: { csat: 40, nps: 12 }, n: 52 });
  });

  it('weights components, leaving out weight 0 (and its answers from n)', () => {
    // (3 × 80 + 1 × 60) / 4 = 75; FCR has weight 0
    expect(
      experienceIndex({ csat: c(80, 5), nps: c(20, 7), fcr: c(10, 100) }, { ...weights, csat: 3, fcr: 0 }),
    ).toEqual({ value: 75, components: { csat: 80, nps: 60 }, sizes: { csat: 5, nps: 7 }, n: 12 });
  });

  it('uses all seven components with data; n is the answers and tickets behind them, not 7', () => {
    const result = experienceIndex(
      {
        csat: c(90, 100),
        ces: c(80, 90),
        nps: c(40, 30),
        fcr: c(70, 200),
        mtta: c(60, 250),
        availability: c(100, 1000),
        selfService: c(50, 20),
      },
      weights,
    );
    // 90 + 80 + 70 + 70 + 60 + 100 + 50 = 520 / 7
    expect(result.value).toBeCloseTo(520 / 7, 12);
    expect(Object.keys(result.components)).toHaveLength(7);
    expect(result.n).toBe(100 + 90 + 30 + 200 + 250 + 1000 + 20);
  });
});

describe('Experience Index change against the previous period', () => {
  const index = (inputs: Parameters<typeof experienceIndex>[0]) => experienceIndex(inputs, weights);

  it('compares over the components both periods have', () => {
    const now = index({ csat: c(80), fcr: c(60), nps: c(0) }); // 80, 60, 50
    const before = index({ csat: c(70), nps: c(20), selfService: c(90) }); // 70, 60, 90
    // over CSAT and NPS: (80 + 50) / 2 − (70 + 60) / 2 = 65 − 65 = 0, not 63.3 − 73.3
    expect(experienceIndexChange(now, before, weights)).toEqual({
      change: 0,
      over: ['csat', 'nps'],
      leftOut: [
        { component: 'fcr', missingIn: 'previous' },
        { component: 'selfService', missingIn: 'current' },
      ],
    });
    expect(experienceChangeNote(experienceIndexChange(now, before, weights))).toBe(
      'Compared over 2 of 3 components: First contact resolution has no data in the previous period; ' +
        'Self-service success has no data in this period.',
    );
  });

  it('uses the weights on the common components', () => {
    const now = index({ csat: c(80), ces: c(40) });
    const before = index({ csat: c(60), ces: c(40) });
    const heavy = { ...weights, csat: 3 };
    // (3 × 80 + 40) / 4 − (3 × 60 + 40) / 4 = 70 − 55 = 15
    expect(
      experienceIndexChange(experienceIndex({ csat: c(80), ces: c(40) }, heavy), before, heavy),
    ).toMatchObject({
      change: 15,
    });
    expect(experienceIndexChange(now, before, weights)).toEqual({
      change: 10,
      over: ['csat', 'ces'],
      leftOut: [],
    });
    expect(experienceChangeNote(experienceIndexChange(now, before, weights))).toBeNull();
  });

  it('shows no change, and says why, when a period has no data or none in common', () => {
    const csat = index({ csat: c(80) });
    const fcr = index({ fcr: c(60) });
    const none = index({});
    expect(experienceIndexChange(csat, fcr, weights)).toEqual({
      change: null,
      reason: 'no common component',
    });
    expect(experienceIndexChange(csat, none, weights)).toEqual({ change: null, reason: 'no data before' });
    expect(experienceIndexChange(none, csat, weights)).toEqual({ change: null, reason: 'no data now' });
    expect(experienceChangeNote(experienceIndexChange(csat, fcr, weights))).toBe(
      'No change shown: the two periods have no component in common.',
    );
  });
});

describe('targets', () => {
  it('treats every target as a floor', () => {
    expect(targetStatus(85, 85)).toBe('met');
    expect(targetStatus(84.99, 85)).toBe('missed');
    expect(targetStatus(null, 85)).toBe('no-data');
  });
});

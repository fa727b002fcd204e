import { DEFAULT_SETTINGS, targetStatus } from '../../../src/domain';
import { experienceIndex } from '../../../src/domain/metrics/experience-index';

const weights = DEFAULT_SETTINGS.weights;

describe('Experience Index', () => {
  it('is null when no component has data', () => {
    expect(experienceIndex({ csat: null, nps: null }, weights)).toEqual({ value: null, components: {} });
  });

  it('renormalises over the components that have data, NPS rescaled to 0–100', () => {
    // CSAT 80 and NPS 20 → (20 + 100) / 2 = 60; mean of 80 and 60 = 70
    expect(experienceIndex({ csat: 80, ces: null, nps: 20, fcr: null }, weights)).toEqual({
      value: 70,
      components: { csat: 80, nps: 60 },
    });
  });

  it('weights components, leaving out weight 0', () => {
    // (3 × 80 + 1 × 60) / 4 = 75; FCR has weight 0
    expect(experienceIndex({ csat: 80, nps: 20, fcr: 10 }, { ...weights, csat: 3, fcr: 0 })).toEqual({
      value: 75,
      components: { csat: 80, nps: 60 },
    });
  });

  it('uses all seven components with data', () => {
    const result = experienceIndex(
      { csat: 90, ces: 80, nps: 40, fcr: 70, mtta: 60, availability: 100, selfService: 50 },
      weights,
    );
    // 90 + 80 + 70 + 70 + 60 + 100 + 50 = 520 / 7
    expect(result.value).toBeCloseTo(520 / 7, 12);
    expect(Object.keys(result.components)).toHaveLength(7);
  });
});

describe('targets', () => {
  it('treats every target as a floor', () => {
    expect(targetStatus(85, 85)).toBe('met');
    expect(targetStatus(84.99, 85)).toBe('missed');
    expect(targetStatus(null, 85)).toBe('no-data');
  });
});

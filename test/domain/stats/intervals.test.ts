import { adjustedWald } from '../../../src/domain/stats/adjusted-wald';
import { wilson, Z95 } from '../../../src/domain/stats/wilson';

// Expected values computed independently (Python, the textbook form of each interval):
// Wilson: centre (x + z²/2)/(n + z²), half-width z·√n/(n + z²)·√(p̂q̂ + z²/(4n)), z = 1.959963984540054.
// Adjusted Wald: n' = n + 3, p' = (P + 0.75)/n', d' = (D + 0.75)/n', centre 100(p' − d'),
// half-width 100·z·√((p' + d' − (p' − d')²)/n'), clamped to [−100, 100].

describe('wilson', () => {
  it('uses the 95 % z of metrics.md', () => {
    expect(Z95).toBe(1.959963984540054);
  });

  it('gives null for n = 0', () => {
    expect(wilson(0, 0)).toBeNull();
  });

  it.each([
    // 8/10: p̂ = 0.8; centre (8 + 1.92073)/(13.84146) = 0.716737; half 0.226301 → [49.0162, 94.3318]
    [8, 10, 49.01624715366418, 94.33178485456247],
    [27, 30, 74.37891742081591, 96.54001112526657],
    [3, 4, 30.064184258240186, 95.44127391902994],
    [1, 2, 9.453120573423067, 90.54687942657694],
  ])('%i of %i', (positive, n, low, high) => {
    const [lo, hi] = wilson(positive, n)!;
    expect(lo).toBeCloseTo(low, 10);
    expect(hi).toBeCloseTo(high, 10);
  });

  it('stays inside [0, 100] at the extremes', () => {
    // 0/5: the lower bound is 0 mathematically; rounding would give −2.8e−15.
    const [lo, hi] = wilson(0, 5)!;
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(43.44824647831748, 10);
    expect(wilson(5, 5)![1]).toBe(100);
  });
});

describe('adjustedWald', () => {
  it('gives null for n = 0', () => {
    expect(adjustedWald(0, 0, 0)).toBeNull();
  });

  it('5 promoters, 3 passives, 2 detractors', () => {
    // n' = 13, p' = 5.75/13, d' = 2.75/13; centre 23.0769; half 42.1277 → [−19.0506, 65.2045]
    const [lo, hi] = adjustedWald(5, 2, 10)!;
    expect(lo).toBeCloseTo(-19.05061537636367, 10);
    expect(hi).toBeCloseTo(65.20446153020983, 10);
  });

  it('is symmetric around 0 for only passives', () => {
    // n' = 7, p' = d' = 0.75/7; half = 100·z·√(1.5/7/7) = 34.2922
    const [lo, hi] = adjustedWald(0, 0, 4)!;
    expect(lo).toBeCloseTo(-34.29222625968079, 10);
    expect(hi).toBeCloseTo(34.29222625968079, 10);
  });

  it('clamps to 100', () => {
    // 3 of 3 promoters: centre 3.75/6 − 0.75/6 = 50; half 106.58 → upper clamped to 100
    const [lo, hi] = adjustedWald(3, 0, 3)!;
    expect(lo).toBeCloseTo(-6.5792867038085845, 10);
    expect(hi).toBe(100);
  });
});

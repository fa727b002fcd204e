import { median } from '../../../src/domain/stats/median';
import { p90, p90Rank } from '../../../src/domain/stats/nearest-rank';
import { percent } from '../../../src/domain/stats/percent';

describe('median', () => {
  it('gives null for no values', () => {
    expect(median([])).toBeNull();
  });

  it('takes the middle value for odd n', () => {
    expect(median([1, 5, 100])).toBe(5);
  });

  it('takes the mean of the two middle values for even n', () => {
    expect(median([60, 120, 300, 900])).toBe(210);
  });
});

describe('p90 by nearest rank', () => {
  it('gives null for no values', () => {
    expect(p90([])).toBeNull();
    expect(p90Rank(0)).toBe(0);
  });

  it('takes the ⌈0.9 n⌉-th smallest value', () => {
    // n = 11: ⌈9.9⌉ = 10 → the 10th value
    expect(p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toBe(10);
    // n = 10: ⌈9⌉ = 9, not interpolated
    expect(p90([10, 20, 30, 40, 50, 60, 70, 80, 90, 100])).toBe(90);
    // n = 1: the only value
    expect(p90([42])).toBe(42);
  });

  it('is exact where 0.9·n is not (0.9 × 70 = 63.00000000000001 in floating point)', () => {
    expect(p90Rank(70)).toBe(63);
    expect(p90Rank(71)).toBe(64);
  });
});

describe('percent', () => {
  it('gives null for an empty whole', () => {
    expect(percent(0, 0)).toBeNull();
  });

  it('is 100 × part / whole', () => {
    expect(percent(1, 4)).toBe(25);
  });
});

import { isLowScore } from '../../../src/domain/survey';
import { settingsWith } from './fixtures';

describe('isLowScore', () => {
  const defaults = settingsWith();

  it('flags CSAT ≤ 2 or CES ≤ 3 by default', () => {
    expect(isLowScore({ csat: 2 }, defaults)).toBe(true);
    expect(isLowScore({ csat: 3 }, defaults)).toBe(false);
    expect(isLowScore({ ces: 3 }, defaults)).toBe(true);
    expect(isLowScore({ ces: 4 }, defaults)).toBe(false);
  });

  it('is low when either score is low', () => {
    expect(isLowScore({ ces: 7, csat: 1 }, defaults)).toBe(true);
    expect(isLowScore({ ces: 1, csat: 5 }, defaults)).toBe(true);
    expect(isLowScore({ ces: 4, csat: 3 }, defaults)).toBe(false);
  });

  it('follows the configured thresholds', () => {
    const strict = settingsWith({ lowScore: { csatAtMost: 3, cesAtMost: 4, internalComment: true } });
    expect(isLowScore({ csat: 3 }, strict)).toBe(true);
    expect(isLowScore({ ces: 4 }, strict)).toBe(true);
    expect(isLowScore({ ces: 5, csat: 4 }, strict)).toBe(false);
  });

  it('never counts a missing score as low', () => {
    expect(isLowScore({}, defaults)).toBe(false);
  });
});

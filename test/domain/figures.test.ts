import { roughDuration } from '../../src/domain/report/figures';

describe('roughDuration', () => {
  it('shows the two largest units, stopping at a gap', () => {
    expect(roughDuration(0)).toBe('0 s');
    expect(roughDuration(45)).toBe('45 s');
    expect(roughDuration(3725)).toBe('1 h 2 min');
    expect(roughDuration(3605)).toBe('1 h');
    expect(roughDuration(2 * 86_400 + 5 * 3600 + 59)).toBe('2 d 5 h');
  });
});

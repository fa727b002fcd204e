import { reportChangeText } from '../../static/report/src/report-change';

const nb = (text: string) => text.replace(/ (?=(s|min|h|d)\b)/g, '\u00a0');

describe('a change on the report page', () => {
  it('calls a shorter time better and a longer one worse, not only by its arrow', () => {
    expect(reportChangeText({ unit: 'seconds', change: -480 })).toBe(nb('▼ 8 min, better'));
    expect(reportChangeText({ unit: 'seconds', change: 600 })).toBe(nb('▲ 10 min, worse'));
  });

  it('calls a higher share or score better and a lower one worse', () => {
    expect(reportChangeText({ unit: 'percent', change: 3.24 })).toBe('▲ 3.2, better');
    expect(reportChangeText({ unit: 'score', change: -6 })).toBe('▼ 6.0, worse');
  });

  it('judges no change, and nothing without a previous period', () => {
    expect(reportChangeText({ unit: 'percent', change: 0.02 })).toBe('▬ no change');
    expect(reportChangeText({ unit: 'seconds', change: 0.3 })).toBe('▬ no change');
    expect(reportChangeText({ unit: 'seconds', change: null })).toBe('—');
  });
});

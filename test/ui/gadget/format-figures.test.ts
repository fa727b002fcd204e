import {
  changeDirection,
  formatChange,
  spokenDurationSize,
  formatInterval,
  formatTarget,
  formatTick,
  formatValue,
  MINUS,
  NBSP,
  sampleLabel,
  share,
} from '../../../static/gadget/src/format-figures';

/** Writes the non-breaking space as a plain one, so expectations read like the screen. */
const plain = (text: string | null) => text?.replaceAll(NBSP, ' ').replaceAll(MINUS, '-');

describe('spokenDurationSize', () => {
  it.each([
    [0, '0 s'],
    [45, '45 s'],
    [59.6, '1 min'],
    [720, '12 min'],
    [3599, '1 h'],
    [4320, '1 h 12 min'],
    [7200, '2 h'],
    [86400, '1 d'],
    [190800, '2 d 5 h'],
  ])('%d s reads "%s"', (seconds, text) => {
    expect(plain(spokenDurationSize(seconds))).toBe(text);
  });
});

describe('formatValue', () => {
  it('rounds shares to whole percent', () => {
    expect(plain(formatValue(86.4, 'percent'))).toBe('86 %');
    expect(plain(formatValue(99.5, 'percent'))).toBe('100 %');
  });
  it('signs NPS, with a real minus', () => {
    expect(formatValue(42.3, 'score', { signed: true })).toBe('+42');
    expect(formatValue(-10, 'score', { signed: true })).toBe(`${MINUS}10`);
    expect(formatValue(0, 'score', { signed: true })).toBe('0');
  });
  it('leaves other scores unsigned', () => {
    expect(formatValue(77.6, 'score')).toBe('78');
  });
  it('writes durations for seconds', () => {
    expect(plain(formatValue(4320, 'seconds'))).toBe('1 h 12 min');
  });
  it('shows a dash for no data, never 0', () => {
    expect(formatValue(null, 'percent')).toBe('—');
    expect(formatValue(Number.NaN, 'score')).toBe('—');
  });
});

describe('changes against the previous period', () => {
  it('phrases percent changes in points, signed', () => {
    expect(plain(formatChange(3.2, 'percent'))).toBe('+3 pts');
    expect(plain(formatChange(-1.2, 'percent'))).toBe('-1 pt');
  });
  it('phrases time changes as durations, without calling them better or worse', () => {
    expect(plain(formatChange(-480, 'seconds'))).toBe('-8 min');
    expect(plain(formatChange(600, 'seconds'))).toBe('+10 min');
  });
  it('treats a change that rounds to nothing as no change, with no arrow', () => {
    expect(formatChange(0.4, 'percent')).toBe('no change');
    expect(changeDirection(0.4, 'percent')).toBe('flat');
    expect(changeDirection(-0.6, 'score')).toBe('down');
  });
});

describe('intervals, sample sizes and targets', () => {
  it('writes intervals per unit', () => {
    expect(plain(formatInterval([81.1, 90.4], 'percent'))).toBe('81–90 %');
    expect(plain(formatInterval([-5.2, 30.8], 'score', { signed: true }))).toBe('-5 to +31');
    expect(plain(formatInterval([2400, 3900], 'seconds'))).toBe('40 min – 1 h 5 min');
    expect(formatInterval(null, 'percent')).toBe('—');
  });
  it('marks a low sample as indicative', () => {
    expect(plain(sampleLabel(12, true, 'en'))).toBe('n = 12 · indicative');
    expect(plain(sampleLabel(1204, false, 'en'))).toBe('n = 1,204');
  });
  it('says which way a target points: at least for shares, at most for times', () => {
    expect(plain(formatTarget(85, 'percent'))).toBe('Target ≥ 85 %');
    expect(plain(formatTarget(7200, 'seconds'))).toBe('Target ≤ 2 h');
    expect(plain(formatTarget(50, 'score', { signed: true }))).toBe('Target ≥ +50');
    expect(formatTarget(null, 'percent')).toBeNull();
  });
  it('writes compact axis ticks', () => {
    expect(plain(formatTick(5400, 'seconds'))).toBe('1.5 h');
    expect(plain(formatTick(80, 'percent'))).toBe('80 %');
  });
  it('gives 0 % of nothing', () => {
    expect(share(0, 0)).toBe(0);
    expect(share(1, 4)).toBe(25);
  });
});

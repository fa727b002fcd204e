import { nextRadioValue, tabStop } from '../../static/shared/radio-keys';

describe('radio group keys', () => {
  const scale = [1, 2, 3, 4, 5];

  it.each([
    ['ArrowRight', 3, 4],
    ['ArrowDown', 3, 4],
    ['ArrowLeft', 3, 2],
    ['ArrowUp', 3, 2],
    ['Home', 3, 1],
    ['End', 3, 5],
    ['ArrowRight', 5, 5],
    ['ArrowDown', 5, 5],
    ['ArrowLeft', 1, 1],
    ['ArrowUp', 1, 1],
  ])('%s from %d goes to %d', (key, from, to) => {
    expect(nextRadioValue(scale, from, key)).toBe(to);
  });

  it('starts at the ends when nothing has focus yet', () => {
    expect(nextRadioValue(scale, null, 'ArrowRight')).toBe(1);
    expect(nextRadioValue(scale, null, 'ArrowLeft')).toBe(5);
  });

  it('leaves other keys to the browser', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'PageDown'])
      expect(nextRadioValue(scale, 3, key)).toBeNull();
    expect(nextRadioValue([], null, 'ArrowRight')).toBeNull();
  });

  it('puts the chosen option, else the first, in the Tab order', () => {
    expect(tabStop(scale, null)).toBe(1);
    expect(tabStop(scale, 4)).toBe(4);
    expect(tabStop(scale, 9)).toBe(1);
    expect(tabStop([], null)).toBeNull();
  });
});

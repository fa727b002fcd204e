import tokenNames from '@atlaskit/tokens/token-names';
import { ANSWER_PAGE_CSS, ANSWER_PAGE_TOKENS } from '../../../src/app/survey/answer-page-theme';

type RawToken = { cleanName: string; value: string };
const raw = (theme: string) =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require(`@atlaskit/tokens/dist/cjs/artifacts/tokens-raw/${theme}.js`) as { default: RawToken[] }).default;

describe('the answer page’s design tokens', () => {
  const light = raw('atlassian-light');
  const dark = raw('atlassian-dark');
  it.each(ANSWER_PAGE_TOKENS.map((entry) => [...entry]))(
    '%s is %s: %s in light, %s in dark, as @atlaskit/tokens says',
    (name, variable, lightValue, darkValue) => {
      expect((tokenNames as Record<string, string>)[name]).toBe(variable);
      expect(light.find((token) => token.cleanName === name)?.value).toBe(lightValue);
      expect(dark.find((token) => token.cleanName === name)?.value).toBe(darkValue);
    },
  );

  it('switches to the dark values when the reader’s system asks for dark', () => {
    expect(ANSWER_PAGE_CSS).toContain('@media (prefers-color-scheme:dark){:root{--ds-text:#CECFD2;');
  });
});

import { createRequire } from 'node:module';

/**
 * The design-token themes the host pages and the framed apps share. The CSS comes from
 * @atlaskit/tokens' generated theme artifacts; `data-theme` names the themes and
 * `data-color-mode` picks light or dark, so switching modes is one attribute on <html>.
 */
export const THEME_ATTRIBUTE =
  'dark:dark light:light motion:motion shape:shape spacing:spacing typography:typography';
export const THEME_CSS_PATH = '/_host/theme.css';
export const THEME_STORAGE_KEY = 'cx-local-color-mode';
export type ColorMode = 'light' | 'dark';

const THEMES = [
  'atlassian-light',
  'atlassian-dark',
  'atlassian-spacing',
  'atlassian-typography',
  'atlassian-shape',
];

let cached: string | undefined;

export function themeCss(): string {
  if (cached === undefined) {
    const load = createRequire(__filename);
    cached = THEMES.map((name) => {
      const mod = load(`@atlaskit/tokens/dist/cjs/artifacts/themes/${name}.js`) as { default?: unknown };
      if (typeof mod.default !== 'string') throw new Error(`@atlaskit/tokens theme ${name} has no CSS`);
      return mod.default;
    }).join('\n');
  }
  return cached;
}

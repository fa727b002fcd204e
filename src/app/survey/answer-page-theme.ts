/**
 * The Atlassian design tokens the answer page uses, as CSS variables with their light and dark
 * values (from @atlaskit/tokens' atlassian-light and atlassian-dark themes; a test keeps them equal
 * to the package's). Only these few are sent, so the page stays a few kilobytes.
 */
export const ANSWER_PAGE_TOKENS: ReadonlyArray<
  readonly [token: string, variable: string, light: string, dark: string]
> = [
  ['color.text', '--ds-text', '#292A2E', '#CECFD2'],
  ['color.text.subtle', '--ds-text-subtle', '#505258', '#A9ABAF'],
  ['color.text.inverse', '--ds-text-inverse', '#FFFFFF', '#1F1F21'],
  ['color.text.danger', '--ds-text-danger', '#AE2E24', '#FD9891'],
  ['color.background.neutral', '--ds-background-neutral', '#0515240F', '#CECED912'],
  ['color.background.selected', '--ds-background-selected', '#E9F2FE', '#1C2B42'],
  ['color.background.brand.bold', '--ds-background-brand-bold', '#1868DB', '#669DF1'],
  ['color.background.brand.bold.hovered', '--ds-background-brand-bold-hovered', '#1558BC', '#8FB8F6'],
  ['color.background.danger', '--ds-background-danger', '#FFECEB', '#42221F'],
  ['color.border', '--ds-border', '#0B120E24', '#E3E4F21F'],
  ['color.border.bold', '--ds-border-bold', '#7D818A', '#7E8188'],
  ['color.border.focused', '--ds-border-focused', '#4688EC', '#8FB8F6'],
  ['color.border.selected', '--ds-border-selected', '#1868DB', '#669DF1'],
  ['color.border.danger', '--ds-border-danger', '#E2483D', '#F15B50'],
  ['elevation.surface', '--ds-surface', '#FFFFFF', '#1F1F21'],
  ['elevation.surface.raised', '--ds-surface-raised', '#FFFFFF', '#242528'],
];

const variables = (pick: 2 | 3) => ANSWER_PAGE_TOKENS.map((entry) => `${entry[1]}:${entry[pick]}`).join(';');

/** The page's whole style sheet: tokens for light, then dark when the reader's system asks for it. */
export const ANSWER_PAGE_CSS = [
  `:root{color-scheme:light dark;${variables(2)}}`,
  `@media (prefers-color-scheme:dark){:root{${variables(3)}}}`,
  'body{margin:0;background:var(--ds-surface);color:var(--ds-text);font:16px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Noto Sans","Noto Sans JP",Ubuntu,sans-serif}',
  'main{max-width:36rem;margin:0 auto;padding:2rem 1rem}',
  'h1{font-size:1.5rem;line-height:1.25;margin:0 0 1rem}',
  '.subtle{color:var(--ds-text-subtle)}',
  'fieldset{border:1px solid var(--ds-border);border-radius:8px;margin:0 0 1.25rem;padding:1rem;background:var(--ds-surface-raised)}',
  'legend{font-weight:600;padding:0 .25rem}',
  '.scale{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0;padding:0;list-style:none}',
  '.scale label{display:inline-flex;align-items:center;justify-content:center;min-width:2.75rem;min-height:2.75rem;border:1px solid var(--ds-border-bold);border-radius:6px;cursor:pointer;font-weight:600}',
  '.scale input{position:absolute;opacity:0;width:1px;height:1px}',
  '.scale input:checked+label{background:var(--ds-background-selected);border:2px solid var(--ds-border-selected)}',
  '.scale input:focus-visible+label{outline:2px solid var(--ds-border-focused);outline-offset:2px}',
  '.ends{display:flex;justify-content:space-between;gap:1rem;font-size:.875rem;color:var(--ds-text-subtle)}',
  'label.block{display:block;font-weight:600;margin-bottom:.25rem}',
  'textarea{box-sizing:border-box;width:100%;min-height:6rem;padding:.5rem;border:1px solid var(--ds-border-bold);border-radius:6px;background:var(--ds-surface);color:var(--ds-text);font:inherit}',
  'textarea:focus-visible,button:focus-visible{outline:2px solid var(--ds-border-focused);outline-offset:2px}',
  'button{margin-top:1rem;padding:.625rem 1.25rem;border:0;border-radius:6px;background:var(--ds-background-brand-bold);color:var(--ds-text-inverse);font:inherit;font-weight:600;cursor:pointer}',
  'button:hover{background:var(--ds-background-brand-bold-hovered)}',
  '.problems{border:1px solid var(--ds-border-danger);background:var(--ds-background-danger);color:var(--ds-text-danger);border-radius:6px;padding:.75rem 1rem;margin:0 0 1rem}',
  'dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}',
].join('\n');

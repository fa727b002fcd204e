/**
 * A tagged template for server-rendered HTML that escapes every interpolated value unless it is
 * already `SafeHtml`, so site data (summaries, comments, names) can never inject markup.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Fragment = SafeHtml | string | number | boolean | null | undefined | Fragment[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function render(value: Fragment): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Fragment[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** For markup produced by trusted code only. */
export const raw = (markup: string): SafeHtml => new SafeHtml(markup);

/** JSON for a `<script>` block: `<` is escaped so the data cannot close the element. */
export const jsonForScript = (value: unknown): SafeHtml =>
  new SafeHtml(JSON.stringify(value).replace(/</g, '\\u003c'));

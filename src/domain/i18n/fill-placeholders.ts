/**
 * Replaces `{name}` placeholders in a message with the given values. A placeholder without a
 * value is left as written, so a typo shows up in the text rather than vanishing. Values are
 * inserted literally (a `$` in a link is not a replacement pattern).
 *
 * @example
 *   fillPlaceholders('Answer here: {link}', { link: 'https://x.example/r/1' })
 *   //=> 'Answer here: https://x.example/r/1'
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? (values[name] ?? placeholder) : placeholder,
  );
}

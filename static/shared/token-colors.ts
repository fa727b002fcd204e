/**
 * Design tokens resolved to concrete colours, for places that cannot take `var(--ds-…)` — chart
 * libraries that write SVG attributes or compute with colours. Values are read from the document
 * at render and read again when the host switches light and dark mode.
 */
import { useEffect, useState } from 'react';

/** `token()` output `var(--ds-chart-brand, #1D7AFC)` → its custom property and fallback. */
export function parseTokenVar(value: string): { name: string; fallback: string } | null {
  const match = /^var\(\s*(--[A-Za-z0-9_-]+)\s*(?:,\s*(.*))?\)$/s.exec(value.trim());
  if (!match?.[1]) return null;
  return { name: match[1], fallback: (match[2] ?? '').trim() };
}

/** The colour a `token()` value has in the document now; a plain colour passes through. */
export function resolveTokenValue(value: string, read: (name: string) => string): string {
  const parsed = parseTokenVar(value);
  if (!parsed) return value;
  return read(parsed.name).trim() || parsed.fallback;
}

function readFromDocument(name: string): string {
  return typeof document === 'undefined'
    ? ''
    : getComputedStyle(document.documentElement).getPropertyValue(name);
}

export function resolveTokens<T extends Record<string, string>>(tokens: T): T {
  const resolved: Record<string, string> = {};
  for (const [key, value] of Object.entries(tokens))
    resolved[key] = resolveTokenValue(value, readFromDocument);
  return resolved as T;
}

/**
 * `tokens` resolved now and again whenever the colour mode or theme of the page changes (the host
 * sets `data-color-mode` / `data-theme` on <html>). Pass a constant object (module level).
 */
export function useTokenColors<T extends Record<string, string>>(tokens: T): T {
  const [colors, setColors] = useState(() => resolveTokens(tokens));
  useEffect(() => {
    const update = () => setColors(resolveTokens(tokens));
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-color-mode', 'data-theme', 'style', 'class'],
    });
    // The token stylesheet may finish loading after the first render.
    const onLoad = (event: Event) => {
      if (event.target instanceof HTMLLinkElement) update();
    };
    document.addEventListener('load', onLoad, true);
    return () => {
      observer.disconnect();
      document.removeEventListener('load', onLoad, true);
    };
  }, [tokens]);
  return colors;
}

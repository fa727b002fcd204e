/**
 * The two build plugins that keep the Custom UI apps small must not change what the apps do: the
 * token module answers `token()` exactly as @atlaskit/tokens does for every name the apps spell,
 * and the slim bridge offers every bridge API the apps call.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { token as atlaskitToken } from '@atlaskit/tokens';
import { BRIDGE_EXPORTS, VIEW_MEMBERS } from '../../scripts/static-build/slim-bridge';
import { TOKEN_NOT_FOUND, tokenModule, usedTokenNames } from '../../scripts/static-build/used-tokens';

const STATIC = path.resolve(__dirname, '../../static');
const sources = readdirSync(STATIC, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
  .map((entry) => path.join(entry.parentPath, entry.name))
  .filter((file) => !file.split(path.sep).includes('build'))
  .map((file) => readFileSync(file, 'utf8'));

/** Runs the generated module's `token()` the way the bundle will. */
function generatedToken(names: Record<string, string>): (path: string, fallback?: string) => string {
  const body = tokenModule(names).replace('export function token', 'return function token');
  return new Function(body)() as (path: string, fallback?: string) => string;
}

describe('used design tokens', () => {
  const ALL = { 'color.text': '--ds-text', 'space.100': '--ds-space-100', 'color.link': '--ds-link' };

  it('keeps the names spelled as string literals, directly or through a helper, and no others', () => {
    const used = usedTokenNames(
      [`token('color.text', '#172B4D')`, `stack("space.100")`, `const label = 'color'`],
      ALL,
    );
    expect(used).toEqual({ 'color.text': '--ds-text', 'space.100': '--ds-space-100' });
  });

  it('answers like @atlaskit/tokens, with and without a fallback, and for an unknown name', () => {
    const token = generatedToken({ 'color.text': '--ds-text' });
    expect(token('color.text', '#172B4D')).toBe('var(--ds-text, #172B4D)');
    expect(token('color.text')).toBe('var(--ds-text)');
    expect(token('color.nope', 'red')).toBe(`var(${TOKEN_NOT_FOUND}, red)`);
  });

  it('gives every token name in static/ the value the package gives it', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const all = require('@atlaskit/tokens/token-names').default as Record<string, string>;
    const used = usedTokenNames(sources, all);
    expect(Object.keys(used).length).toBeGreaterThan(30);
    expect(Object.keys(used).length).toBeLessThan(Object.keys(all).length / 4);
    const token = generatedToken(used);
    type Name = Parameters<typeof atlaskitToken>[0];
    for (const name of Object.keys(used)) {
      expect(token(name, '#FFF')).toBe(atlaskitToken(name as Name, '#FFF'));
    }
  });
});

describe('slim Forge bridge', () => {
  it('offers every name the apps import from @forge/bridge', () => {
    const imported = new Set<string>();
    for (const source of sources) {
      for (const match of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@forge\/bridge'/g)) {
        for (const name of (match[1] ?? '').split(','))
          if (name.trim() && !name.trim().startsWith('type ')) imported.add(name.trim());
      }
    }
    expect([...imported].sort()).toEqual([...Object.keys(BRIDGE_EXPORTS), 'view'].sort());
  });

  it('offers every view member the apps call', () => {
    const called = new Set<string>();
    // Only files that take `view` from the bridge: elsewhere `view` may be a local variable.
    const bridgeView = /import\s*\{[^}]*\bview\b[^}]*\}\s*from\s*'@forge\/bridge'/;
    for (const source of sources.filter((text) => bridgeView.test(text)))
      for (const match of source.matchAll(/\bview\.(\w+)/g)) called.add(match[1] ?? '');
    expect([...called].sort()).toEqual(Object.keys(VIEW_MEMBERS).sort());
  });
});

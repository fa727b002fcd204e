import { normalizeLocale, pickLocale } from '../../../src/domain/i18n';

describe('normalizeLocale', () => {
  it.each([
    ['pt_BR', 'pt-BR'],
    ['DE-de', 'de-DE'],
    ['de_DE.UTF-8', 'de-DE'],
    ['sr@latin', 'sr'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['es-419', 'es-419'],
    ['en-US-x-private', 'en-US'],
    [' fr ', 'fr'],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizeLocale(input)).toBe(expected);
  });

  it.each(['', '*', '123', 'english', null, undefined])('refuses %j', (input) => {
    expect(normalizeLocale(input)).toBeNull();
  });
});

describe('pickLocale', () => {
  const builtIn = ['en', 'de', 'fr', 'es', 'ja'];

  it('matches a regional tag to its language (de-DE → de, Jira spelling de_DE too)', () => {
    expect(pickLocale('de-DE', builtIn)).toBe('de');
    expect(pickLocale('de_DE', builtIn)).toBe('de');
    expect(pickLocale('ja_JP', builtIn)).toBe('ja');
  });

  it('prefers the exact regional locale when it has wording', () => {
    expect(pickLocale('pt_BR', [...builtIn, 'pt', 'pt-BR'])).toBe('pt-BR');
    expect(pickLocale('pt-PT', [...builtIn, 'pt', 'pt-BR'])).toBe('pt');
  });

  it('drops trailing subtags one at a time', () => {
    expect(pickLocale('zh-Hant-TW', ['en', 'zh', 'zh-Hant'])).toBe('zh-Hant');
  });

  it('falls back to another region of the same language, first in the given order', () => {
    expect(pickLocale('de', ['en', 'de-AT', 'de-CH'])).toBe('de-AT');
    expect(pickLocale('fr-CA', ['en', 'fr-FR'])).toBe('fr-FR');
  });

  it('returns the entry as spelled in the available list', () => {
    expect(pickLocale('pt-BR', ['en', 'pt_br'])).toBe('pt_br');
  });

  it('falls back to English for an unknown, empty or malformed locale', () => {
    expect(pickLocale('ko-KR', builtIn)).toBe('en');
    expect(pickLocale('pt_BR', builtIn)).toBe('en');
    expect(pickLocale('', builtIn)).toBe('en');
    expect(pickLocale(null, builtIn)).toBe('en');
    expect(pickLocale(undefined, builtIn)).toBe('en');
    expect(pickLocale('not a locale', builtIn)).toBe('en');
  });

  it('answers English even when the list is empty or lacks it', () => {
    expect(pickLocale('de', [])).toBe('en');
    expect(pickLocale('ko', ['de'])).toBe('en');
  });
});

import {
  availableLocales,
  BUILT_IN_LOCALES,
  DEFAULT_MESSAGES,
  fillPlaceholders,
  LINK_PLACEHOLDER,
  MESSAGE_KEYS,
  messagesFor,
  REQUIRED_PLACEHOLDERS,
} from '../../../src/domain/i18n';
import { hasForbiddenCharacters, MESSAGE_MAX_LENGTH } from '../../../src/domain/settings';

describe('default wording', () => {
  it('ships English, German, French, Spanish and Japanese', () => {
    expect(Object.keys(DEFAULT_MESSAGES).sort()).toEqual(['de', 'en', 'es', 'fr', 'ja']);
  });

  describe.each(BUILT_IN_LOCALES)('%s', (locale) => {
    const messages = DEFAULT_MESSAGES[locale];

    it('has every message, and nothing else', () => {
      expect(Object.keys(messages).sort()).toEqual([...MESSAGE_KEYS].sort());
    });

    it.each(MESSAGE_KEYS)('%s is plain, trimmed text within the length an administrator may use', (key) => {
      const text = messages[key];
      expect(text.trim()).toBe(text);
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(MESSAGE_MAX_LENGTH[key]);
      expect(hasForbiddenCharacters(text)).toBe(false);
    });

    it('keeps the {link} placeholder in the invitation and the reminder, and only there', () => {
      for (const key of MESSAGE_KEYS) {
        const needsLink = (REQUIRED_PLACEHOLDERS[key] ?? []).includes(LINK_PLACEHOLDER);
        expect([key, messages[key].includes(LINK_PLACEHOLDER)]).toEqual([key, needsLink]);
      }
      expect(REQUIRED_PLACEHOLDERS.invitation).toEqual(['{link}']);
      expect(REQUIRED_PLACEHOLDERS.reminder).toEqual(['{link}']);
    });

    it('is translated, not copied from English', () => {
      if (locale === 'en') return;
      for (const key of ['cesQuestion', 'csatQuestion', 'thankYou', 'invitation', 'reminder'] as const) {
        expect(messages[key]).not.toBe(DEFAULT_MESSAGES.en[key]);
      }
    });
  });

  it('asks the CES question in the words of the issue', () => {
    expect(DEFAULT_MESSAGES.en.cesQuestion).toBe('How easy was it to get your issue resolved?');
    expect(DEFAULT_MESSAGES.en.cesLowLabel).toBe('Very difficult');
    expect(DEFAULT_MESSAGES.en.cesHighLabel).toBe('Very easy');
    expect(DEFAULT_MESSAGES.en.csatLowLabel).toBe('Very dissatisfied');
    expect(DEFAULT_MESSAGES.en.csatHighLabel).toBe('Very satisfied');
  });
});

describe('messagesFor', () => {
  it('gives the built-in wording of the locale', () => {
    expect(messagesFor('de')).toEqual(DEFAULT_MESSAGES.de);
    expect(messagesFor('ja').submit).toBe('送信');
  });

  it('uses the language defaults for a regional locale', () => {
    expect(messagesFor('fr-CA')).toEqual(DEFAULT_MESSAGES.fr);
  });

  it('lets an administrator override win, key by key, for that locale only', () => {
    const overrides = { de: { cesQuestion: 'Wie leicht war es?' }, en: { submit: 'Send' } };
    const german = messagesFor('de', overrides);
    expect(german.cesQuestion).toBe('Wie leicht war es?');
    expect(german.submit).toBe(DEFAULT_MESSAGES.de.submit);
    expect(messagesFor('en', overrides).submit).toBe('Send');
    expect(messagesFor('fr', overrides)).toEqual(DEFAULT_MESSAGES.fr);
  });

  it('layers language overrides under exact-locale overrides', () => {
    const overrides = {
      de: { submit: 'Abschicken', thankYou: 'Danke!' },
      'de-AT': { thankYou: 'Dankeschön!' },
    };
    const austrian = messagesFor('de-AT', overrides);
    expect(austrian.submit).toBe('Abschicken');
    expect(austrian.thankYou).toBe('Dankeschön!');
  });

  it('fills a locale without defaults from English, plus its own overrides', () => {
    const portuguese = messagesFor('pt-BR', { 'pt-BR': { submit: 'Enviar' } });
    expect(portuguese.submit).toBe('Enviar');
    expect(portuguese.cesQuestion).toBe(DEFAULT_MESSAGES.en.cesQuestion);
  });

  it('ignores empty overrides, so clearing a field restores the default', () => {
    expect(messagesFor('es', { es: { submit: '' } }).submit).toBe(DEFAULT_MESSAGES.es.submit);
  });

  it('reads a malformed locale as English', () => {
    expect(messagesFor('???')).toEqual(DEFAULT_MESSAGES.en);
  });
});

describe('availableLocales', () => {
  it('lists the built-in locales, then locales with administrator wording', () => {
    expect(availableLocales()).toEqual(['en', 'de', 'fr', 'es', 'ja']);
    expect(availableLocales({ de: {}, 'pt-BR': {} })).toEqual(['en', 'de', 'fr', 'es', 'ja', 'pt-BR']);
  });
});

describe('fillPlaceholders', () => {
  it('puts the link into every locale’s invitation', () => {
    for (const locale of BUILT_IN_LOCALES) {
      const text = fillPlaceholders(DEFAULT_MESSAGES[locale].invitation, {
        link: 'https://desk.example/r/1',
      });
      expect(text).toContain('https://desk.example/r/1');
      expect(text).not.toContain('{link}');
    }
  });

  it('inserts values literally and leaves unknown placeholders as written', () => {
    expect(fillPlaceholders('{link} {other}', { link: 'a$&b' })).toBe('a$&b {other}');
    expect(fillPlaceholders('{constructor}', {})).toBe('{constructor}');
  });
});

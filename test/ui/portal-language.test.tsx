/**
 * The portal panel reads in the customer's language from end to end, and a refusal says why
 * instead of offering a retry that cannot help.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { BUILT_IN_LOCALES } from '../../src/domain/i18n';
import { charactersLeftText, PORTAL_WORDS, portalWords } from '../../src/domain/i18n/portal-words';
import { ErrorMessage } from '../../static/shared/components/ErrorMessage';
import { CommentField } from '../../static/portal/src/CommentField';
import { refusalTitle, refusalWords, retryCanHelp } from '../../static/portal/src/failure-words';

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the portal panel in the customer language', () => {
  it('has every word in every built-in language, none left in English', () => {
    const keys = Object.keys(PORTAL_WORDS.en).sort();
    for (const locale of BUILT_IN_LOCALES) {
      const words = PORTAL_WORDS[locale];
      expect(Object.keys(words).sort()).toEqual(keys);
      for (const key of keys) expect(words[key as keyof typeof words].trim()).not.toBe('');
      if (locale === 'en') continue;
      for (const key of keys)
        expect([locale, key, words[key as keyof typeof words]]).not.toEqual([
          locale,
          key,
          PORTAL_WORDS.en[key as keyof typeof words],
        ]);
    }
  });

  it('counts the characters left in the customer language and number format', () => {
    expect(charactersLeftText(1000, 'de_DE')).toBe('Noch 1.000 Zeichen');
    expect(charactersLeftText(1, 'fr')).toBe('1 caractère restant');
    expect(charactersLeftText(2000, 'es-ES')).toBe('Quedan 2000 caracteres');
    expect(charactersLeftText(12, 'ja_JP')).toBe('残り 12 文字');
    expect(charactersLeftText(1234, 'en_US')).toBe('1,234 characters left');
    expect(charactersLeftText(0, 'de')).toBe('Keine Zeichen mehr übrig');
    expect(charactersLeftText(5, 'ko_KR')).toBe('5 characters left');
  });

  it('shows the comment counter in German on a German survey', () => {
    const html = renderToStaticMarkup(
      <CommentField
        prompt="Möchten Sie uns noch etwas mitteilen?"
        value="Danke"
        maxLength={1000}
        onChange={() => undefined}
        locale="de"
      />,
    );
    expect(textOf(html)).toContain('Noch 995 Zeichen');
    expect(html).not.toMatch(/characters?/);
  });
});

describe('a refusal in the portal', () => {
  const de = portalWords('de_DE');

  it('tells a viewer who may not answer why, with no retry', () => {
    const forbidden = { code: 'FORBIDDEN' as const, message: 'Only the person who raised this request …' };
    expect(retryCanHelp(forbidden)).toBe(false);
    const html = renderToStaticMarkup(
      <ErrorMessage
        title={refusalTitle(forbidden, de, de.loadFailed)}
        error={{ ...forbidden, message: refusalWords(forbidden, de) }}
        onRetry={retryCanHelp(forbidden) ? () => undefined : undefined}
        retryLabel={de.tryAgain}
      />,
    );
    expect(textOf(html)).toBe(
      'Sie können diese Umfrage nicht beantworten Nur die Person, die diese Anfrage gestellt hat, oder jemand, mit dem sie geteilt wurde, kann die Umfrage beantworten. Sie sind als jemand anderes angemeldet.',
    );
    expect(refusalTitle({ code: 'UNAVAILABLE' }, de, de.loadFailed)).toBe(
      'Die Umfrage konnte nicht geladen werden',
    );
    expect(html).not.toContain('<button');
  });

  it('offers a retry, in the customer language, only when the backend was busy', () => {
    const busy = { code: 'UNAVAILABLE' as const, message: 'Die Umfrage ist gerade nicht verfügbar.' };
    expect(retryCanHelp(busy)).toBe(true);
    expect(refusalWords(busy, de)).toBe(busy.message);
    for (const code of ['NOT_FOUND', 'CONFLICT', 'INVALID_INPUT', 'SURVEY_CLOSED'] as const)
      expect(retryCanHelp({ code })).toBe(false);
    expect(refusalWords({ code: 'CONFLICT', message: 'This survey was already answered.' }, de)).toBe(
      'Diese Umfrage wurde bereits beantwortet.',
    );
    const html = renderToStaticMarkup(
      <ErrorMessage title={de.sendFailed} error={busy} onRetry={() => undefined} retryLabel={de.tryAgain} />,
    );
    expect(html).toContain('>Erneut versuchen</button>');
  });
});

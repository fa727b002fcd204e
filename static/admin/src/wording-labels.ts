import { CANONICAL_LOCALE, normalizeLocale } from '../../../src/domain/i18n/locale';
import type { MessageKey } from '../../../src/domain/i18n/messages';

/** What each message is, as the wording editor labels it. */
export const MESSAGE_LABELS: Readonly<Record<MessageKey, string>> = {
  cesQuestion: 'CES question',
  cesLowLabel: 'CES: label of the lowest score',
  cesHighLabel: 'CES: label of the highest score',
  csatQuestion: 'CSAT question',
  csatLowLabel: 'CSAT: label of the lowest score',
  csatHighLabel: 'CSAT: label of the highest score',
  commentPrompt: 'Comment prompt',
  submit: 'Submit button',
  thankYou: 'Thank-you message',
  expired: 'Survey expired',
  cancelled: 'Survey withdrawn (request reopened)',
  invitation: 'Invitation comment',
  reminder: 'Reminder comment',
};

/** A locale typed by an administrator in canonical form (`pt_br` → `pt-BR`), or `null` if it is none. */
export function canonicalLocale(typed: string): string | null {
  const tag = normalizeLocale(typed);
  return tag !== null && CANONICAL_LOCALE.test(tag) ? tag : null;
}

/** "de — German", or the tag alone where the browser cannot name it. */
export function localeName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name !== tag ? `${tag} — ${name}` : tag;
  } catch {
    return tag;
  }
}

import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import { MESSAGE_KEYS, type MessageKey } from '../../../src/domain/i18n/messages';
import { messagesFor } from '../../../src/domain/i18n/messages-for';
import { MESSAGE_MAX_LENGTH } from '../../../src/domain/settings/limits';
import { FieldMessageList } from '../../shared/components/FieldMessageList';
import { messagesUnder, type FieldMessages } from '../../shared/field-messages';
import { SelectField } from '../../shared/fields/SelectField';
import { TextField } from '../../shared/fields/TextField';
import { settingId, TEXT_INPUT_STYLE } from './setting-fields';
import type { WordingDraft } from './settings-draft';
import { canonicalLocale, localeName, MESSAGE_LABELS } from './wording-labels';

interface Props {
  locales: readonly string[];
  wording: WordingDraft;
  onChange: (locale: string, key: MessageKey, text: string) => void;
  onAddLocale: (locale: string) => void;
  messages: FieldMessages;
}

/**
 * The customer-facing texts of one locale at a time. Each field shows the text used when it is
 * left empty (the built-in wording, or the language's wording for a regional locale).
 */
export function WordingEditor({ locales, wording, onChange, onAddLocale, messages }: Props) {
  const all = [...new Set([...locales, ...Object.keys(wording)])];
  const [locale, setLocale] = useState(all[0] ?? 'en');
  const [typed, setTyped] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const defaults = messagesFor(locale, { ...wording, [locale]: {} });
  const texts = wording[locale] ?? {};

  const add = () => {
    const tag = canonicalLocale(typed);
    if (tag === null) {
      setAddError('Write a locale like "de" or "pt-BR".');
      return;
    }
    setAddError(null);
    setTyped('');
    onAddLocale(tag);
    setLocale(tag);
  };

  return (
    <div style={{ display: 'grid', gap: token('space.200', '16px') }}>
      <div
        style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: token('space.200', '16px') }}
      >
        <SelectField
          id="cx-wording-locale"
          label="Language"
          value={locale}
          choices={all.map((tag) => ({
            value: tag,
            label: `${localeName(tag)}${messagesUnder(messages, `wording.${tag}`) ? ' (needs attention)' : ''}`,
          }))}
          onChange={setLocale}
        />
        <div className="cx-field">
          <label htmlFor="cx-add-locale" className="cx-label">
            Add a language
          </label>
          <div style={{ display: 'flex', gap: token('space.075', '6px') }}>
            <input
              id="cx-add-locale"
              className="cx-input"
              value={typed}
              placeholder="e.g. pt-BR"
              onChange={(event) => setTyped(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add();
                }
              }}
              aria-invalid={addError ? true : undefined}
              aria-describedby={addError ? 'cx-add-locale-error' : undefined}
              style={{ width: '8rem' }}
            />
            <button type="button" className="cx-button" onClick={add}>
              Add
            </button>
          </div>
        </div>
      </div>
      <FieldMessageList id="cx-add-locale-error" messages={addError ? [addError] : undefined} />
      <FieldMessageList id="cx-wording-locale-error" messages={messages.get(`wording.${locale}`)} />
      <p className="cx-hint" style={{ margin: 0 }}>
        Leave a field empty to use the text shown in it.
      </p>
      {MESSAGE_KEYS.map((key) => (
        <TextField
          key={`${locale}-${key}`}
          id={settingId(`wording.${locale}.${key}`)}
          label={MESSAGE_LABELS[key]}
          value={texts[key] ?? ''}
          placeholder={defaults[key]}
          onChange={(text) => onChange(locale, key, text)}
          multiline={MESSAGE_MAX_LENGTH[key] >= 200}
          maxLength={MESSAGE_MAX_LENGTH[key]}
          hint={
            key === 'invitation' || key === 'reminder'
              ? 'Must contain {link} where the survey link goes.'
              : undefined
          }
          messages={messagesUnder(messages, `wording.${locale}.${key}`)}
          style={TEXT_INPUT_STYLE}
        />
      ))}
    </div>
  );
}

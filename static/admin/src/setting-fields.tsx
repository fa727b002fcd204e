import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';
import { fieldId, messagesUnder, type FieldMessages } from '../../shared/field-messages';
import { CheckboxField } from '../../shared/fields/CheckboxField';
import { NumberField } from '../../shared/fields/NumberField';
import { FLAG_FIELDS, NUMBER_FIELDS, type FlagPath, type NumberPath } from './number-fields';
import type { SettingsDraftAction, SettingsDraft } from './settings-draft';

/** What a section of the settings form needs: the draft, a way to change it, the messages. */
export interface SettingsFormState {
  draft: SettingsDraft;
  dispatch: (action: SettingsDraftAction) => void;
  messages: FieldMessages;
}

/**
 * A setting's element id from its dotted path (`cx-reminder-afterDays`); its hint and messages
 * are `<id>-hint` and `<id>-error`. The backend names fields by the same paths.
 */
export const settingId = (path: string) => fieldId('cx', path);

/** A numeric setting: label, bounds and unit from NUMBER_FIELDS. */
export function SettingNumber({
  path,
  form,
  disabled,
}: {
  path: NumberPath;
  form: SettingsFormState;
  disabled?: boolean;
}) {
  return (
    <NumberField
      id={settingId(path)}
      spec={NUMBER_FIELDS[path]}
      value={form.draft.numbers[path]}
      onChange={(text) => form.dispatch({ type: 'number', path, text })}
      messages={messagesUnder(form.messages, path)}
      disabled={disabled}
    />
  );
}

/** An on/off setting, labelled from FLAG_FIELDS. */
export function SettingFlag({ path, form }: { path: FlagPath; form: SettingsFormState }) {
  return (
    <CheckboxField
      id={settingId(path)}
      label={FLAG_FIELDS[path]}
      checked={form.draft.flags[path]}
      onChange={(value) => form.dispatch({ type: 'flag', path, value })}
      messages={messagesUnder(form.messages, path)}
    />
  );
}

const grid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(15rem, 1fr))',
  gap: token('space.200', '16px'),
} as const;

/** Short fields side by side, as many per row as fit. */
export function FieldGrid({ children }: { children: ReactNode }) {
  return <div style={grid}>{children}</div>;
}

/** The width of a one-line text setting. */
export const TEXT_INPUT_STYLE = { width: '100%', maxWidth: '32rem' } as const;

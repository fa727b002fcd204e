import { useReducer, useState } from 'react';
import type { ResolverError } from '../../../src/contract/envelope';
import type { AdminSettings } from '../../../src/contract/survey';
import {
  fieldMessagesOf,
  groupFieldErrors,
  mergeFieldMessages,
  NO_FIELD_MESSAGES,
  type FieldMessages,
} from '../../shared/field-messages';
import { resolvers } from '../../shared/resolvers';
import {
  buildPatch,
  draftFromSettings,
  settingsDraftReducer,
  isDirty,
  type SettingsDraftAction,
} from './settings-draft';

/**
 * The settings form's state: the saved settings, the draft, the messages per field (the form's own
 * checks, then the backend's), and saving only what changed, as a patch.
 */
export function useSettingsForm(initial: AdminSettings) {
  const [admin, setAdmin] = useState(initial);
  const [draft, dispatchDraft] = useReducer(settingsDraftReducer, initial.settings, draftFromSettings);
  const [localErrors, setLocalErrors] = useState<FieldMessages>(NO_FIELD_MESSAGES);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);

  const messages = mergeFieldMessages(localErrors, fieldMessagesOf(failure));
  const dirty = isDirty(admin.settings, draft);
  const dispatch = (action: SettingsDraftAction) => {
    setSaved(false);
    dispatchDraft(action);
  };

  const save = async () => {
    const { patch, errors } = buildPatch(admin.settings, draft);
    setLocalErrors(groupFieldErrors(errors));
    setFailure(null);
    setSaved(false);
    if (errors.length > 0 || Object.keys(patch).length === 0) return;
    setPending(true);
    const result = await resolvers.saveSettings(patch);
    setPending(false);
    if (result.ok) {
      setAdmin(result.data);
      dispatchDraft({ type: 'reset', settings: result.data.settings });
      setSaved(true);
    } else setFailure(result.error);
  };

  const discard = () => {
    dispatchDraft({ type: 'reset', settings: admin.settings });
    setLocalErrors(NO_FIELD_MESSAGES);
    setFailure(null);
  };

  return { admin, draft, dispatch, messages, dirty, pending, saved, failure, localErrors, save, discard };
}

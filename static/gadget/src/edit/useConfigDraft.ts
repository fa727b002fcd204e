import { view } from '@forge/bridge';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { GadgetKind, GadgetOptions } from '../../../../src/contract/gadgets';
import { NO_FIELD_MESSAGES, type FieldMessages } from '../../../shared/field-messages';
import { mergeConfig, toConfig, toDraft, todayIn, validateDraft, type ConfigDraft } from '../config-form';

/**
 * The edit view's state: the draft, its messages (shown once the user has tried to save, then
 * following every change), and saving through `view.submit`.
 */
export function useConfigDraft(kind: GadgetKind, options: GadgetOptions, saved: unknown) {
  const [draft, setDraft] = useState<ConfigDraft>(() => {
    const config = mergeConfig(options.defaults, saved);
    return toDraft(config, todayIn(config.timeZone));
  });
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const problems = useMemo(() => validateDraft(kind, draft), [kind, draft]);
  const messages: FieldMessages = submitted ? problems : NO_FIELD_MESSAGES;
  const update = (patch: Partial<ConfigDraft>) => setDraft((current) => ({ ...current, ...patch }));

  // Never rejects: a failed save becomes saveError, so the form may fire and forget.
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.size > 0) {
      // After the render that shows the messages, so the first invalid field is marked by then.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      await view.submit(toConfig(draft));
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : 'The settings could not be saved.');
      setSaving(false);
    }
  };

  const onCancel = () => {
    view.close().catch(() => undefined);
  };

  return {
    draft,
    setDraft,
    update,
    messages,
    problems,
    submitted,
    saving,
    saveError,
    formRef,
    onSubmit,
    onCancel,
  };
}

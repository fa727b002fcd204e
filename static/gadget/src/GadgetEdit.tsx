import { view } from '@forge/bridge';
import { token } from '@atlaskit/tokens';
import { useState, type FormEvent } from 'react';
import type { GadgetConfig } from '../../../src/contract/resolvers';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { listProjects } from '../../shared/resolvers';
import { useResolver } from '../../shared/useResolver';
import { DEFAULT_DAYS } from './config';
import { PeriodField } from './PeriodField';
import { ProjectField } from './ProjectField';

interface Props {
  initial: GadgetConfig | null;
}

/** The edit view: choose a project and a period, then `view.submit` hands the config to Jira. */
export function GadgetEdit({ initial }: Props) {
  const projects = useResolver(listProjects);
  const [projectKey, setProjectKey] = useState(initial?.projectKey ?? '');
  const [days, setDays] = useState(initial?.days ?? DEFAULT_DAYS);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  if (projects.isLoading) return <Loading label="Loading projects…" />;
  if (projects.error)
    return <ErrorMessage title="Projects are unavailable" error={projects.error} onRetry={projects.reload} />;
  const options = projects.data ?? [];
  const chosen = projectKey || options[0]?.key || '';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    setSaving(true);
    setSaveError(null);
    try {
      await view.submit({ projectKey: chosen, days } satisfies GadgetConfig);
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : 'The settings could not be saved.');
      setSaving(false);
    }
  };

  return (
    <form
      onSubmit={onSubmit}
      aria-label="Gadget settings"
      style={{ display: 'flex', flexDirection: 'column', gap: token('space.200', '16px') }}
    >
      <ProjectField projects={options} value={chosen} onChange={setProjectKey} />
      <PeriodField value={days} onChange={setDays} />
      {saveError && <ErrorMessage title="Not saved" error={{ code: 'UNAVAILABLE', message: saveError }} />}
      <div>
        <button type="submit" className="cx-button cx-button--primary" disabled={saving || !chosen}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
      <div aria-live="polite" className="cx-visually-hidden">
        {saving ? 'Saving settings' : ''}
      </div>
    </form>
  );
}

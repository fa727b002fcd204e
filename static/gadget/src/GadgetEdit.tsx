import type { GadgetKind, GadgetOptions } from '../../../src/contract/gadgets';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { SelectField } from '../../shared/fields/SelectField';
import type { DisplayPrefs } from '../../shared/format';
import { useResolver } from '../../shared/useResolver';
import { getGadgetOptions } from './api';
import { requestTypesFor, targetMetrics, withProjects } from './config-form';
import {
  DIMENSION_CHOICES,
  DISTRIBUTION_CHOICES,
  METRIC_CHOICES,
  PREFIX,
  SOURCE_CHOICES,
} from './edit/choices';
import { EditActions } from './edit/EditActions';
import { IntervalField } from './edit/IntervalField';
import { MetricOrderField } from './edit/MetricOrderField';
import { PeriodField } from './edit/PeriodField';
import { ProjectsField } from './edit/ProjectsField';
import { RequestTypesField } from './edit/RequestTypesField';
import { TargetsField } from './edit/TargetsField';
import { TimeZoneField } from './edit/TimeZoneField';
import { useConfigDraft } from './edit/useConfigDraft';
import { KIND_TITLES, usesField } from './gadget-kind';

interface Props {
  kind: GadgetKind;
  /** `context.extension.gadgetConfiguration`: `{}` for a new gadget. */
  saved: unknown;
  prefs: DisplayPrefs;
}

/** The edit view: the options come from the backend (projects the viewer may browse, defaults). */
export function GadgetEdit({ kind, saved }: Props) {
  const options = useResolver(getGadgetOptions);
  if (options.isLoading) return <Loading label="Loading the gadget's settings…" />;
  if (options.error || !options.data) {
    return (
      <ErrorMessage
        title="The settings could not be loaded"
        error={options.error ?? { code: 'UNAVAILABLE', message: 'The app sent no settings.' }}
        onRetry={options.reload}
      />
    );
  }
  return <ConfigForm kind={kind} options={options.data} saved={saved} />;
}

/** The fields this kind of gadget uses (KIND_FIELDS), in the order ConfigField lists them, then save and cancel. */
function ConfigForm({ kind, options, saved }: { kind: GadgetKind; options: GadgetOptions; saved: unknown }) {
  const form = useConfigDraft(kind, options, saved);
  const { draft, update, messages } = form;
  const targets = targetMetrics(kind, draft);
  return (
    <form
      ref={form.formRef}
      className="cxg-form"
      onSubmit={(event) => void form.onSubmit(event)}
      noValidate
      aria-label={`${KIND_TITLES[kind]} settings`}
    >
      <ProjectsField
        projects={options.projects}
        chosen={draft.projects}
        onChange={(projects) =>
          form.setDraft((current) => withProjects(current, projects, options.requestTypes))
        }
      />
      <RequestTypesField
        requestTypes={requestTypesFor(options.requestTypes, draft.projects)}
        chosen={draft.requestTypes}
        someProjectsChosen={draft.projects.length > 0}
        onChange={(requestTypes) => update({ requestTypes })}
      />
      <SelectField
        id={`${PREFIX}-source`}
        label="Source"
        value={draft.source}
        choices={SOURCE_CHOICES}
        onChange={(source) => update({ source })}
      />
      <PeriodField period={draft} onChange={update} messages={messages} />
      <TimeZoneField
        value={draft.timeZone}
        onChange={(timeZone) => update({ timeZone })}
        messages={messages.get('timeZone')}
      />
      {usesField(kind, 'metrics') && (
        <MetricOrderField
          chosen={draft.metrics}
          onChange={(metrics) => update({ metrics })}
          messages={messages.get('metrics')}
        />
      )}
      {usesField(kind, 'metric') && (
        <SelectField
          id={`${PREFIX}-metric`}
          label="Metric"
          value={draft.metric}
          choices={METRIC_CHOICES}
          onChange={(metric) => update({ metric })}
        />
      )}
      {usesField(kind, 'distributionMetric') && (
        <SelectField
          id={`${PREFIX}-distribution`}
          label="Survey"
          value={draft.distributionMetric}
          choices={DISTRIBUTION_CHOICES}
          onChange={(distributionMetric) => update({ distributionMetric })}
        />
      )}
      {usesField(kind, 'interval') && (
        <IntervalField value={draft.interval} onChange={(interval) => update({ interval })} />
      )}
      {usesField(kind, 'dimension') && (
        <SelectField
          id={`${PREFIX}-dimension`}
          label="Break down by"
          value={draft.dimension}
          choices={DIMENSION_CHOICES}
          onChange={(dimension) => update({ dimension })}
        />
      )}
      {targets.length > 0 && (
        <TargetsField
          metrics={targets}
          targets={draft.targets}
          onChange={(next) => update({ targets: next })}
          messages={messages}
        />
      )}
      <EditActions
        saving={form.saving}
        saveError={form.saveError}
        problems={form.submitted ? form.problems.size : 0}
        onCancel={form.onCancel}
      />
    </form>
  );
}

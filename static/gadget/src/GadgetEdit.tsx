import { view } from '@forge/bridge';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import {
  DIMENSIONS,
  DISTRIBUTION_METRICS,
  GADGET_METRICS,
  PERIOD_PRESETS,
  type GadgetMetric,
  type GadgetOptions,
} from '../../../src/contract/gadgets';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { FieldMessage } from '../../shared/components/FieldMessage';
import { LiveStatus } from '../../shared/components/LiveStatus';
import { Loading } from '../../shared/components/Loading';
import { NO_FIELD_MESSAGES, fieldId, type FieldMessages } from '../../shared/field-errors';
import type { DisplayPrefs } from '../../shared/format';
import { useResolver } from '../../shared/useResolver';
import { getGadgetOptions } from './api';
import {
  mergeConfig,
  moveMetric,
  requestTypesFor,
  targetMetrics,
  timeZoneChoices,
  toConfig,
  toDraft,
  todayIn,
  toggleMetric,
  validateDraft,
  withProjects,
  type ConfigDraft,
} from './config-form';
import { KIND_TITLES, usesField, type GadgetKind } from './gadget-kind';
import { DIMENSION_LABELS, INTERVAL_LABELS, METRIC_INFO } from './metrics';

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

const PREFIX = 'cxg';
const browserTimeZone = (): string | undefined => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
};

function ConfigForm({ kind, options, saved }: { kind: GadgetKind; options: GadgetOptions; saved: unknown }) {
  const [draft, setDraft] = useState<ConfigDraft>(() => {
    const config = mergeConfig(options.defaults, saved);
    return toDraft(config, todayIn(config.timeZone));
  });
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const problems = useMemo(() => validateDraft(kind, draft), [kind, draft]);
  // Messages show once the user has tried to save, then follow every change.
  const messages: FieldMessages = submitted ? problems : NO_FIELD_MESSAGES;
  const zones = useMemo(() => timeZoneChoices(draft.timeZone, browserTimeZone()), [draft.timeZone]);
  const browserZone = browserTimeZone();
  const update = (patch: Partial<ConfigDraft>) => setDraft((current) => ({ ...current, ...patch }));

  // Never rejects: a failed save becomes saveError, so the form may fire and forget.
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.size > 0) {
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

  const describe = (field: string) => (messages.has(field) ? fieldId(PREFIX, field) : undefined);
  const invalid = (field: string) => messages.has(field) || undefined;
  const availableTypes = requestTypesFor(options.requestTypes, draft.projects);
  const severalProjects = new Set(availableTypes.map((type) => type.projectKey)).size > 1;

  return (
    <form
      ref={formRef}
      className="cxg-form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={`${KIND_TITLES[kind]} settings`}
    >
      <fieldset className="cxg-fieldset">
        <legend className="cx-label">Projects</legend>
        <span className="cx-hint">None chosen: every service project you can browse.</span>
        {options.projects.length === 0 ? (
          <p style={{ margin: 0 }}>You cannot browse any service project.</p>
        ) : (
          <ul className="cxg-checklist">
            {options.projects.map((project) => (
              <li key={project.key}>
                <label className="cx-check">
                  <input
                    type="checkbox"
                    checked={draft.projects.includes(project.key)}
                    onChange={(event) => {
                      const projects = event.target.checked
                        ? [...draft.projects, project.key]
                        : draft.projects.filter((key) => key !== project.key);
                      setDraft((current) => withProjects(current, projects, options.requestTypes));
                    }}
                  />
                  <span>
                    {project.name} <span className="cx-hint">({project.key})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset className="cxg-fieldset">
        <legend className="cx-label">Request types</legend>
        <span className="cx-hint">
          None chosen: all request types{draft.projects.length > 0 ? ' of the chosen projects' : ''}.
        </span>
        {availableTypes.length === 0 ? (
          <p style={{ margin: 0 }}>The chosen projects have no request types.</p>
        ) : (
          <ul className="cxg-checklist">
            {availableTypes.map((type) => (
              <li key={type.id}>
                <label className="cx-check">
                  <input
                    type="checkbox"
                    checked={draft.requestTypes.includes(type.id)}
                    onChange={(event) =>
                      update({
                        requestTypes: event.target.checked
                          ? [...draft.requestTypes, type.id]
                          : draft.requestTypes.filter((id) => id !== type.id),
                      })
                    }
                  />
                  <span>
                    {type.name}
                    {severalProjects && <span className="cx-hint"> ({type.projectKey})</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset className="cxg-fieldset">
        <legend className="cx-label">Period</legend>
        <div className="cxg-radios">
          {PERIOD_PRESETS.map((days) => (
            <label key={days} className="cx-check">
              <input
                type="radio"
                name="cxg-period"
                checked={draft.periodMode === 'preset' && draft.preset === days}
                onChange={() => update({ periodMode: 'preset', preset: days })}
              />
              Last {days} days
            </label>
          ))}
          <label className="cx-check">
            <input
              type="radio"
              name="cxg-period"
              checked={draft.periodMode === 'custom'}
              onChange={() => update({ periodMode: 'custom' })}
            />
            Custom
          </label>
        </div>
        {draft.periodMode === 'custom' && (
          <div className="cxg-row">
            <DateField
              field="from"
              label="From"
              value={draft.from}
              max={draft.to}
              messages={messages}
              onChange={(from) => update({ from })}
            />
            <DateField
              field="to"
              label="To (inclusive)"
              value={draft.to}
              min={draft.from}
              messages={messages}
              onChange={(to) => update({ to })}
            />
          </div>
        )}
      </fieldset>

      <div className="cx-field">
        <label className="cx-label" htmlFor={`${PREFIX}-zone`}>
          Time zone
        </label>
        <select
          id={`${PREFIX}-zone`}
          className="cx-select"
          value={draft.timeZone}
          aria-invalid={invalid('timeZone')}
          aria-describedby={[`${PREFIX}-zone-hint`, describe('timeZone')].filter(Boolean).join(' ')}
          onChange={(event) => update({ timeZone: event.target.value })}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
              {zone === browserZone ? ' (this browser)' : ''}
            </option>
          ))}
        </select>
        <span className="cx-hint" id={`${PREFIX}-zone-hint`}>
          Days, weeks (from Monday) and months are counted in this zone.
        </span>
        <FieldMessage id={fieldId(PREFIX, 'timeZone')} messages={messages.get('timeZone')} />
      </div>

      {usesField(kind, 'metrics') && (
        <MetricsField
          chosen={draft.metrics}
          onChange={(metrics) => update({ metrics })}
          messages={messages.get('metrics')}
        />
      )}

      {usesField(kind, 'metric') && (
        <div className="cx-field">
          <label className="cx-label" htmlFor={`${PREFIX}-metric`}>
            Metric
          </label>
          <select
            id={`${PREFIX}-metric`}
            className="cx-select"
            value={draft.metric}
            onChange={(event) => update({ metric: event.target.value as GadgetMetric })}
          >
            {GADGET_METRICS.map((metric) => (
              <option key={metric} value={metric}>
                {metricOption(metric)}
              </option>
            ))}
          </select>
        </div>
      )}

      {usesField(kind, 'distributionMetric') && (
        <div className="cx-field">
          <label className="cx-label" htmlFor={`${PREFIX}-distribution`}>
            Survey
          </label>
          <select
            id={`${PREFIX}-distribution`}
            className="cx-select"
            value={draft.distributionMetric}
            onChange={(event) =>
              update({ distributionMetric: event.target.value as ConfigDraft['distributionMetric'] })
            }
          >
            {DISTRIBUTION_METRICS.map((metric) => (
              <option key={metric} value={metric}>
                {metricOption(metric)}
              </option>
            ))}
          </select>
        </div>
      )}

      {usesField(kind, 'interval') && (
        <fieldset className="cxg-fieldset">
          <legend className="cx-label">Points per</legend>
          <div className="cxg-radios">
            {(['day', 'week', 'month'] as const).map((interval) => (
              <label key={interval} className="cx-check">
                <input
                  type="radio"
                  name="cxg-interval"
                  checked={draft.interval === interval}
                  onChange={() => update({ interval })}
                />
                {INTERVAL_LABELS[interval]}
              </label>
            ))}
          </div>
        </fieldset>
      )}

      {usesField(kind, 'dimension') && (
        <div className="cx-field">
          <label className="cx-label" htmlFor={`${PREFIX}-dimension`}>
            Break down by
          </label>
          <select
            id={`${PREFIX}-dimension`}
            className="cx-select"
            value={draft.dimension}
            onChange={(event) => update({ dimension: event.target.value as ConfigDraft['dimension'] })}
          >
            {DIMENSIONS.map((dimension) => (
              <option key={dimension} value={dimension}>
                {DIMENSION_LABELS[dimension]}
              </option>
            ))}
          </select>
        </div>
      )}

      {targetMetrics(kind, draft).length > 0 && (
        <fieldset className="cxg-fieldset">
          <legend className="cx-label">Targets</legend>
          <span className="cx-hint">Leave blank to use the target in the app&apos;s settings.</span>
          <div className="cxg-targets">
            {targetMetrics(kind, draft).map((metric) => {
              const field = `targets.${metric}`;
              const unit = METRIC_INFO[metric].unit;
              return (
                <div className="cx-field" key={metric}>
                  <label className="cx-label" htmlFor={`${PREFIX}-target-${metric}`}>
                    {METRIC_INFO[metric].label} target
                    {unit === 'seconds' ? ' (minutes)' : unit === 'percent' ? ' (%)' : ''}
                  </label>
                  <input
                    id={`${PREFIX}-target-${metric}`}
                    className="cx-input"
                    type="text"
                    inputMode="decimal"
                    placeholder="App setting"
                    value={draft.targets[metric] ?? ''}
                    aria-invalid={invalid(field)}
                    aria-describedby={describe(field)}
                    onChange={(event) =>
                      update({ targets: { ...draft.targets, [metric]: event.target.value } })
                    }
                  />
                  <FieldMessage id={fieldId(PREFIX, field)} messages={messages.get(field)} />
                </div>
              );
            })}
          </div>
        </fieldset>
      )}

      {saveError && <ErrorMessage title="Not saved" error={{ code: 'UNAVAILABLE', message: saveError }} />}
      <div className="cxg-actions">
        <button type="submit" className="cx-button cx-button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="cx-button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
      <LiveStatus className="cx-visually-hidden">
        {saving
          ? 'Saving settings'
          : submitted && problems.size > 0
            ? `${problems.size === 1 ? 'One field needs' : `${problems.size} fields need`} attention`
            : ''}
      </LiveStatus>
    </form>
  );
}

/** One end of a custom period, with its field errors (`period.from` or `period.to`). */
function DateField({
  field,
  label,
  value,
  min,
  max,
  messages,
  onChange,
}: {
  field: 'from' | 'to';
  label: string;
  value: string;
  min?: string;
  max?: string;
  messages: FieldMessages;
  onChange: (value: string) => void;
}) {
  const path = `period.${field}`;
  const errors = messages.get(path);
  return (
    <div className="cx-field">
      <label className="cx-label" htmlFor={`${PREFIX}-${field}`}>
        {label}
      </label>
      <input
        id={`${PREFIX}-${field}`}
        type="date"
        className="cx-input"
        value={value}
        min={min || undefined}
        max={max || undefined}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? fieldId(PREFIX, path) : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldMessage id={fieldId(PREFIX, path)} messages={errors} />
    </div>
  );
}

const metricOption = (metric: GadgetMetric) =>
  METRIC_INFO[metric].label === METRIC_INFO[metric].name
    ? METRIC_INFO[metric].name
    : `${METRIC_INFO[metric].label} — ${METRIC_INFO[metric].name}`;

/** The scorecard's tiles: ticked metrics in their order (movable), then the others. */
function MetricsField({
  chosen,
  onChange,
  messages,
}: {
  chosen: GadgetMetric[];
  onChange: (metrics: GadgetMetric[]) => void;
  messages: readonly string[] | undefined;
}) {
  const rest = GADGET_METRICS.filter((metric) => !chosen.includes(metric));
  const errorId = fieldId(PREFIX, 'metrics');
  const row = (metric: GadgetMetric, index: number | null) => (
    <li key={metric}>
      <label className="cx-check">
        <input
          type="checkbox"
          checked={index !== null}
          aria-invalid={messages ? true : undefined}
          aria-describedby={messages ? errorId : undefined}
          onChange={(event) => onChange(toggleMetric(chosen, metric, event.target.checked))}
        />
        {metricOption(metric)}
      </label>
      {index !== null && (
        <span className="cxg-order__moves">
          <button
            type="button"
            className="cxg-icon-button"
            disabled={index === 0}
            aria-label={`Move ${METRIC_INFO[metric].label} up`}
            onClick={() => onChange(moveMetric(chosen, metric, -1))}
          >
            ↑
          </button>
          <button
            type="button"
            className="cxg-icon-button"
            disabled={index === chosen.length - 1}
            aria-label={`Move ${METRIC_INFO[metric].label} down`}
            onClick={() => onChange(moveMetric(chosen, metric, 1))}
          >
            ↓
          </button>
        </span>
      )}
    </li>
  );
  return (
    <fieldset className="cxg-fieldset">
      <legend className="cx-label">Metrics</legend>
      <span className="cx-hint">Tiles appear in this order.</span>
      <ul className="cxg-order">
        {chosen.map((metric, index) => row(metric, index))}
        {rest.map((metric) => row(metric, null))}
      </ul>
      <FieldMessage id={errorId} messages={messages} />
    </fieldset>
  );
}

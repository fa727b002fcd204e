import { useCallback, useEffect, useState } from 'react';
import type { ResolverError } from '../../../src/contract/envelope';
import type {
  ServiceNowAdminView,
  ServiceNowAuthKind,
  ServiceNowCheckView,
} from '../../../src/contract/servicenow';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { LiveStatus } from '../../shared/components/LiveStatus';
import { ProgressBar } from '../../shared/components/ProgressBar';
import { resolvers } from '../../shared/resolvers';
import { CHECK_WORDS, syncText, tableProgressText } from './servicenow-words';
import { SettingsSection } from './SettingsSection';

const AUTH_LABELS: Record<ServiceNowAuthKind, string> = {
  'oauth-client-credentials': 'OAuth 2.0 client credentials',
  'oauth-password': 'OAuth 2.0 password grant',
  basic: 'Basic (user name and password)',
};

interface Draft {
  instanceUrl: string;
  confirmCustomDomain: boolean;
  authKind: ServiceNowAuthKind;
  clientId: string;
  clientSecret: string;
  userName: string;
  password: string;
  firstSyncMonths: string;
  /** The mapping as JSON: tables, fields, survey questions (CSAT, CES, NPS, ICE), scales and inversion. */
  mapping: string;
}

const emptyDraft = (view: ServiceNowAdminView): Draft => ({
  instanceUrl: view.connection?.instanceUrl ?? '',
  confirmCustomDomain: view.connection?.customDomain ?? false,
  authKind: view.connection?.authKind ?? 'oauth-client-credentials',
  clientId: '',
  clientSecret: '',
  userName: '',
  password: '',
  firstSyncMonths: String(view.connection?.firstSyncMonths ?? 3),
  mapping: JSON.stringify(view.connection?.mapping ?? view.defaultMapping, null, 2),
});

/** What is sent: credentials only when typed (blank keeps the stored ones for the same instance). */
function payloadOf(draft: Draft): Record<string, unknown> | string {
  let mapping: unknown;
  try {
    mapping = JSON.parse(draft.mapping);
  } catch {
    return 'The mapping is not valid JSON.';
  }
  const typed = [draft.clientId, draft.clientSecret, draft.userName, draft.password].some((v) => v !== '');
  const credentials =
    draft.authKind === 'basic'
      ? { kind: 'basic', userName: draft.userName, password: draft.password }
      : draft.authKind === 'oauth-password'
        ? {
            kind: 'oauth-password',
            clientId: draft.clientId,
            clientSecret: draft.clientSecret,
            userName: draft.userName,
            password: draft.password,
          }
        : { kind: 'oauth-client-credentials', clientId: draft.clientId, clientSecret: draft.clientSecret };
  return {
    instanceUrl: draft.instanceUrl,
    confirmCustomDomain: draft.confirmCustomDomain,
    authKind: draft.authKind,
    ...(typed ? { credentials } : {}),
    mapping,
    firstSyncMonths: Number(draft.firstSyncMonths),
  };
}

function Input(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: string;
  hint?: string;
}) {
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        className="cx-input"
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete="off"
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.hint && (
        <span id={`${props.id}-hint`} className="cx-hint">
          {props.hint}
        </span>
      )}
    </div>
  );
}

/**
 * The ServiceNow connection: the instance, how to sign in (credentials are sent, never shown
 * back), the mapping with a stock instance's defaults, a table-by-table test, and the sync's
 * progress (a first sync of the last N months with a progress bar).
 */
export function ServiceNowSection({ locale }: { locale: string | undefined }) {
  const [view, setView] = useState<ServiceNowAdminView | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [check, setCheck] = useState<ServiceNowCheckView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<'test' | 'save' | 'sync' | null>(null);
  const [saved, setSaved] = useState(false);

  const refresh = useCallback(async () => {
    const answer = await resolvers.getServiceNow();
    if (answer.ok) {
      setView(answer.data);
      setDraft((current) => current ?? emptyDraft(answer.data));
    } else setError(answer.error);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  // While a sync runs, its progress is read again every few seconds.
  useEffect(() => {
    if (!view?.sync?.running) return;
    const timer = setInterval(() => void refresh(), 2000);
    return () => clearInterval(timer);
  }, [view?.sync?.running, refresh]);

  const update = (patch: Partial<Draft>) =>
    setDraft((current) => (current ? { ...current, ...patch } : current));

  const act = async (kind: 'test' | 'save') => {
    if (!draft) return;
    const payload = payloadOf(draft);
    setError(null);
    setSaved(false);
    if (typeof payload === 'string') {
      setProblem(payload);
      return;
    }
    setProblem(null);
    setPending(kind);
    if (kind === 'test') {
      const answer = await resolvers.testServiceNow(payload);
      if (answer.ok) setCheck(answer.data);
      else setError(answer.error);
    } else {
      const answer = await resolvers.saveServiceNow(payload);
      if (answer.ok) {
        setCheck(answer.data.check);
        setSaved(answer.data.saved);
        if (answer.data.saved) {
          update({ clientSecret: '', password: '' });
          await refresh();
        }
      } else setError(answer.error);
    }
    setPending(null);
  };

  const syncNow = async () => {
    setPending('sync');
    const answer = await resolvers.syncServiceNow();
    if (!answer.ok) setError(answer.error);
    await refresh();
    setPending(null);
  };

  const sync = view?.sync ?? null;
  const stored = view?.connection;
  const oauth = draft?.authKind !== 'basic';
  const needsUser = draft?.authKind !== 'oauth-client-credentials';
  return (
    <SettingsSection
      id="cx-servicenow"
      title="ServiceNow"
      description="Reads incidents, requested items, their SLAs and survey results from your ServiceNow instance every hour, so ServiceNow's desk is measured beside JSM's. Enabling it sends HTTPS requests from Atlassian's cloud to your instance; the app works fully without it."
    >
      {draft && (
        <>
          <Input
            id="cx-sn-url"
            label="Instance URL"
            value={draft.instanceUrl}
            onChange={(instanceUrl) => update({ instanceUrl })}
            hint="https only, like https://acme.service-now.com"
          />
          <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <input
              type="checkbox"
              checked={draft.confirmCustomDomain}
              onChange={(event) => update({ confirmCustomDomain: event.target.checked })}
            />
            This is my instance&apos;s custom domain (not *.service-now.com)
          </label>
          <div style={{ display: 'grid', gap: 4 }}>
            <label htmlFor="cx-sn-auth">Sign-in method</label>
            <select
              id="cx-sn-auth"
              className="cx-input"
              value={draft.authKind}
              onChange={(event) => update({ authKind: event.target.value as ServiceNowAuthKind })}
            >
              {Object.entries(AUTH_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          {stored?.hasCredentials && (
            <p className="cx-hint">
              Credentials are stored for {AUTH_LABELS[stored.authKind]}. Leave the fields blank to keep them.
            </p>
          )}
          {oauth && (
            <>
              <Input
                id="cx-sn-client"
                label="Client id"
                value={draft.clientId}
                onChange={(clientId) => update({ clientId })}
              />
              <Input
                id="cx-sn-secret"
                label="Client secret"
                type="password"
                value={draft.clientSecret}
                onChange={(clientSecret) => update({ clientSecret })}
              />
            </>
          )}
          {needsUser && (
            <>
              <Input
                id="cx-sn-user"
                label="User name"
                value={draft.userName}
                onChange={(userName) => update({ userName })}
              />
              <Input
                id="cx-sn-password"
                label="Password"
                type="password"
                value={draft.password}
                onChange={(password) => update({ password })}
              />
            </>
          )}
          <Input
            id="cx-sn-months"
            label="First sync: months back"
            value={draft.firstSyncMonths}
            onChange={(firstSyncMonths) => update({ firstSyncMonths })}
          />
          <div style={{ display: 'grid', gap: 4 }}>
            <label htmlFor="cx-sn-mapping">Mapping</label>
            <textarea
              id="cx-sn-mapping"
              className="cx-input"
              rows={10}
              spellCheck={false}
              value={draft.mapping}
              aria-describedby="cx-sn-mapping-hint"
              onChange={(event) => update({ mapping: event.target.value })}
            />
            <span id="cx-sn-mapping-hint" className="cx-hint">
              A stock instance&apos;s defaults: incident and sc_req_item, their fields, task_sla for first
              response. Name your survey questions under surveys.questions (metric: the question&apos;s name
              or sys_id; survey: csat, ces, nps or ice; scale and inverted when its low end is the good one).
            </span>
          </div>
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            <button
              type="button"
              className="cx-button"
              onClick={() => void act('test')}
              disabled={pending !== null}
            >
              {pending === 'test' ? 'Testing…' : 'Test connection'}
            </button>
            <button
              type="button"
              className="cx-button"
              onClick={() => void act('save')}
              disabled={pending !== null}
            >
              {pending === 'save' ? 'Testing and saving…' : 'Save and sync'}
            </button>
            {stored && (
              <button
                type="button"
                className="cx-button"
                onClick={() => void syncNow()}
                disabled={pending !== null}
              >
                Sync now
              </button>
            )}
          </div>
        </>
      )}
      {problem && <p role="alert">{problem}</p>}
      {check && (
        <div role="group" aria-label="Connection test">
          {check.problem && <p role="alert">{check.problem}</p>}
          {saved && <LiveStatus>Saved. The first sync has started.</LiveStatus>}
          {!saved && !check.ok && !check.problem && (
            <p role="alert">Not saved: a table did not pass the test.</p>
          )}
          <ul aria-label="Tables">
            {check.tables.map((table) => (
              <li key={table.table}>
                <strong>
                  {table.table}: {CHECK_WORDS[table.status]}
                </strong>
                {table.status !== 'ok' && <> — {table.message}</>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {sync && (
        <div role="group" aria-label="Sync">
          <span id="cx-sn-bar-label" className="cx-visually-hidden">
            ServiceNow sync progress
          </span>
          <ProgressBar
            value={Math.round(sync.progress * 100)}
            labelledBy="cx-sn-bar-label"
            valueText={`${Math.round(sync.progress * 100)} %`}
            tone={sync.lastError ? 'warning' : sync.progress >= 1 ? 'success' : 'brand'}
          />
          <LiveStatus>{syncText(sync, locale)}</LiveStatus>
          {sync.lastError && <p role="alert">Last error: {sync.lastError}</p>}
          <ul aria-label="Tables read">
            {sync.tables.map((table) => (
              <li key={table.table}>{tableProgressText(table, locale)}</li>
            ))}
          </ul>
        </div>
      )}
      {error && <ErrorMessage error={error} title="The ServiceNow connection could not be read or changed" />}
    </SettingsSection>
  );
}

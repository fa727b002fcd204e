import { useState } from 'react';
import type { ResolverError } from '../../../src/contract/envelope';
import type { NpsFollowUpList, NpsFollowUpView } from '../../../src/contract/nps-survey';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import type { DisplayPrefs } from '../../shared/format';
import { callResolver } from '../../shared/resolvers';
import { useResolver } from '../../shared/useResolver';

const loadFollowUps = () => callResolver('getNpsFollowUps', {});

type State = NpsFollowUpView['state'];
const NEXT: Record<State, Array<{ to: State; label: string }>> = {
  open: [
    { to: 'contacted', label: 'Mark contacted' },
    { to: 'closed', label: 'Close' },
  ],
  contacted: [{ to: 'closed', label: 'Close' }],
  closed: [{ to: 'open', label: 'Reopen' }],
};

const when = (iso: string, prefs: DisplayPrefs) =>
  new Date(iso).toLocaleDateString(prefs.locale?.replace('_', '-') ?? 'en', {
    dateStyle: 'medium',
    timeZone: prefs.timezone,
  });

/**
 * The NPS follow-ups: the latest detractor (and, if set, passive) answers of the desks the viewer
 * may browse, with the customer's score, reason and comment, and the state a team lead moves on.
 */
export function NpsFollowUpsGadget({ prefs }: { prefs: DisplayPrefs }) {
  const { isLoading, error, data, reload } = useResolver<NpsFollowUpList>(loadFollowUps);
  const [changed, setChanged] = useState<Record<string, NpsFollowUpView>>({});
  const [failure, setFailure] = useState<ResolverError | null>(null);
  if (isLoading && !data) return <Loading label="Loading the follow-ups…" />;
  if (error)
    return <ErrorMessage title="The follow-ups could not be loaded" error={error} onRetry={reload} />;
  if (!data) return null;
  const items = data.items.map((item) => changed[item.id] ?? item);
  const open = items.filter((item) => item.state === 'open').length;
  const change = async (id: string, state: State) => {
    const answer = await callResolver('changeNpsFollowUp', { id, state });
    if (answer.ok) {
      setFailure(null);
      setChanged((previous) => ({ ...previous, [id]: answer.data }));
    } else setFailure(answer.error);
  };
  return (
    <section aria-labelledby="cx-nps-follow-ups" className="cx-nps-follow-ups">
      <h2 id="cx-nps-follow-ups" style={{ margin: '0 0 8px', fontSize: '1rem' }}>
        NPS follow-ups: {open} open of {items.length}
      </h2>
      {failure && (
        <p role="alert" style={{ margin: '0 0 8px' }}>
          {failure.message}
        </p>
      )}
      {items.length === 0 ? (
        <p>No detractor has answered yet.</p>
      ) : (
        <table className="cx-table">
          <thead>
            <tr>
              <th scope="col">Answered</th>
              <th scope="col">Score</th>
              <th scope="col">Reason and comment</th>
              <th scope="col">Request</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="cx-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-state={item.state}>
                <td>{when(item.createdAt, prefs)}</td>
                <td>
                  {item.score} <span className="cx-hint">({item.band})</span>
                </td>
                <td>
                  {item.reason ?? <span className="cx-hint">No reason given</span>}
                  {item.comment && <div className="cx-hint">“{item.comment}”</div>}
                </td>
                <td>
                  {item.requestKey}
                  {item.organization && <div className="cx-hint">{item.organization}</div>}
                </td>
                <td>
                  {item.state}
                  {item.changedAt && <div className="cx-hint">{when(item.changedAt, prefs)}</div>}
                </td>
                <td>
                  {NEXT[item.state].map(({ to, label }) => (
                    <button
                      key={to}
                      type="button"
                      className="cx-button"
                      aria-label={`${label}: ${item.requestKey}, score ${item.score}`}
                      onClick={() => void change(item.id, to)}
                    >
                      {label}
                    </button>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

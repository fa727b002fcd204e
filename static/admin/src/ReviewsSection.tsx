import { useEffect, useState } from 'react';
import type { ResolverError } from '../../../src/contract/envelope';
import type { ReviewCadence, ReviewOptions, ReviewPlan } from '../../../src/contract/report-page';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { LiveStatus } from '../../shared/components/LiveStatus';
import { Loading } from '../../shared/components/Loading';
import { reviewCalls } from './review-calls';
import { SettingsSection } from './SettingsSection';

const CADENCES: ReviewCadence[] = ['daily', 'weekly', 'monthly', 'quarterly'];
const METRIC_NAMES: Record<string, string> = {
  csat: 'CSAT',
  ces: 'CES',
  nps: 'NPS',
  ice: 'ICE',
  fcr: 'First contact resolution',
  mtta: 'Mean time to acknowledge',
  mttaHuman: 'MTTA, by people',
  mttaAutomated: 'MTTA, by automation',
  ttv: 'Time to value',
  aht: 'Average handle time',
  experienceIndex: 'Experience Index',
};

/**
 * Who owns each metric, how often it is reviewed and for whom, pre-filled with the literature's
 * defaults; and whether the app makes a review task at each cadence, in which project.
 */
export function ReviewsSection() {
  const [plan, setPlan] = useState<ReviewPlan | null>(null);
  const [options, setOptions] = useState<ReviewOptions | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const [loaded, offered] = await Promise.all([
        reviewCalls.getReviewPlan(),
        reviewCalls.getReviewOptions(),
      ]);
      if (loaded.ok) setPlan(loaded.data);
      else setError(loaded.error);
      if (offered.ok) setOptions(offered.data);
      else setError(offered.error);
    })();
  }, []);

  if (error && !plan) return <ErrorMessage title="The review plan could not be loaded" error={error} />;
  if (!plan || !options) return <Loading label="Loading the review plan…" />;

  const people = options.people.filter(
    (person) => plan.projectKey === null || person.projects.includes(plan.projectKey),
  );
  const setMetric = (metric: string, change: Partial<ReviewPlan['metrics'][keyof ReviewPlan['metrics']]>) =>
    setPlan({
      ...plan,
      metrics: {
        ...plan.metrics,
        [metric]: { ...plan.metrics[metric as keyof ReviewPlan['metrics']], ...change },
      },
    });
  const save = async () => {
    setStatus('Saving…');
    setError(null);
    const answer = await reviewCalls.saveReviewPlan(plan);
    if (answer.ok) {
      setPlan(answer.data);
      setStatus('Review plan saved.');
    } else {
      setError(answer.error);
      setStatus(null);
    }
  };

  return (
    <SettingsSection
      id="cx-reviews"
      title="Metric owners and reviews"
      description="Every metric has an owner, a review rhythm and an audience. When reviews are on, the app creates one Jira task per metric at each cadence, assigned to the owner, with the period's figures."
    >
      <label>
        <input
          type="checkbox"
          checked={plan.enabled}
          onChange={(event) => setPlan({ ...plan, enabled: event.target.checked })}
        />{' '}
        Create a review task at each cadence
      </label>
      <label>
        Project for review tasks{' '}
        <select
          value={plan.projectKey ?? ''}
          onChange={(event) => setPlan({ ...plan, projectKey: event.target.value || null })}
        >
          <option value="">Choose a project</option>
          {options.projects.map((project) => (
            <option key={project.key} value={project.key}>
              {project.name} ({project.key})
            </option>
          ))}
        </select>
      </label>
      <table>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Owner</th>
            <th scope="col">Review</th>
            <th scope="col">Audience</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(plan.metrics).map(([metric, review]) => (
            <tr key={metric} data-metric={metric}>
              <th scope="row">{METRIC_NAMES[metric] ?? metric}</th>
              <td>
                <select
                  aria-label={`Owner of ${METRIC_NAMES[metric] ?? metric}`}
                  value={review.owner ?? ''}
                  onChange={(event) => setMetric(metric, { owner: event.target.value || null })}
                >
                  <option value="">{review.role} (not named)</option>
                  {people.map((person) => (
                    <option key={person.accountId} value={person.accountId}>
                      {person.displayName}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  aria-label={`Review cadence of ${METRIC_NAMES[metric] ?? metric}`}
                  value={review.cadence}
                  onChange={(event) => setMetric(metric, { cadence: event.target.value as ReviewCadence })}
                >
                  {CADENCES.map((cadence) => (
                    <option key={cadence} value={cadence}>
                      {cadence}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={`Audience of ${METRIC_NAMES[metric] ?? metric}`}
                  value={review.audience}
                  maxLength={120}
                  onChange={(event) => setMetric(metric, { audience: event.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div>
        <button type="button" className="cx-button" onClick={() => void save()}>
          Apply review plan
        </button>
      </div>
      <LiveStatus>{status}</LiveStatus>
      {error && (
        <ErrorMessage
          title="The review plan was not saved"
          error={{
            ...error,
            message: [
              error.message,
              ...(error.fields ?? []).map((field) => `${field.field}: ${field.message}`),
            ].join(' '),
          }}
        />
      )}
    </SettingsSection>
  );
}

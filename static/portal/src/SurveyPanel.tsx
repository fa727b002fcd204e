import { useState } from 'react';
import type { ResolverError } from '../../../src/contract/envelope';
import type { PortalSurvey } from '../../../src/contract/survey';
import { Loading } from '../../shared/components/Loading';
import { resolvers } from '../../shared/resolvers';
import { text } from '../../shared/styles';
import { ClosedNotice } from './ClosedNotice';
import { SurveyForm } from './SurveyForm';
import { ThankYou } from './ThankYou';

interface Props {
  initial: PortalSurvey;
  timezone: string | undefined;
}

const ALREADY_ANSWERED = 'This survey has already been answered.';

/**
 * The survey in whatever state the backend reports, following it through a submission. When a
 * submission is refused because the survey moved on (answered in another tab, expired, withdrawn),
 * the panel reads the survey again and shows what is true now.
 */
export function SurveyPanel({ initial, timezone }: Props) {
  const [survey, setSurvey] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const [justAnswered, setJustAnswered] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const [closedMessage, setClosedMessage] = useState<string | null>(null);
  const prefs = { locale: survey.locale, timezone };

  const onAnswered = (next: PortalSurvey) => {
    setSurvey(next);
    setJustAnswered(true);
  };

  const onRejected = async (error: ResolverError) => {
    setRefreshing(true);
    const fresh = await resolvers.getPortalSurvey();
    setRefreshing(false);
    setJustAnswered(true);
    if (error.code === 'CONFLICT') setNotice(error.message || ALREADY_ANSWERED);
    if (fresh.ok) setSurvey(fresh.data);
    else if (error.code === 'SURVEY_CLOSED') setClosedMessage(error.message || survey.messages.expired);
  };

  if (refreshing) return <Loading label="Checking the survey…" />;
  if (closedMessage) return <ClosedNotice message={closedMessage} />;

  switch (survey.state) {
    case 'open':
      return (
        <>
          {notice && <p role="status">{notice}</p>}
          <SurveyForm
            survey={survey}
            onAnswered={onAnswered}
            onRejected={(error) => void onRejected(error)}
          />
        </>
      );
    case 'answered':
      return <ThankYou survey={survey} prefs={prefs} notice={notice} focus={justAnswered} />;
    case 'expired':
      return <ClosedNotice message={survey.messages.expired} />;
    case 'cancelled':
      return <ClosedNotice message={survey.messages.cancelled} />;
    case 'none':
      return <p style={{ ...text.subtlest, margin: 0 }}>Nothing to rate yet.</p>;
  }
}

import { useState } from 'react';
import type { ResolverError } from '../../../src/contract/envelope';
import type { PortalSurvey } from '../../../src/contract/survey';
import { Loading } from '../../shared/components/Loading';
import { resolvers } from '../../shared/resolvers';
import { text } from '../../shared/styles';
import { portalWords } from '../../../src/domain/i18n/portal-words';
import { ClosedNotice } from './ClosedNotice';
import { SurveyForm } from './SurveyForm';
import { ThankYou } from './ThankYou';

interface Props {
  initial: PortalSurvey;
  timezone: string | undefined;
}

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
  const words = portalWords(survey.locale);

  const onAnswered = (next: PortalSurvey) => {
    setSurvey(next);
    setJustAnswered(true);
  };

  const onRejected = async (error: ResolverError) => {
    setRefreshing(true);
    const fresh = await resolvers.getPortalSurvey();
    setRefreshing(false);
    setJustAnswered(true);
    // The backend's reasons are English; the customer reads the survey's own words for them.
    if (error.code === 'CONFLICT') setNotice(words.alreadyAnswered);
    if (fresh.ok) setSurvey(fresh.data);
    else if (error.code === 'SURVEY_CLOSED') setClosedMessage(survey.messages.expired);
  };

  if (refreshing) return <Loading label={words.checking} />;
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
      return <p style={{ ...text.subtlest, margin: 0 }}>{words.nothingToRate}</p>;
  }
}

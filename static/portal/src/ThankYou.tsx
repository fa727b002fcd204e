import { token } from '@atlaskit/tokens';
import { useEffect, useRef } from 'react';
import type { PortalSurvey } from '../../../src/contract/survey';
import { Banner } from '../../shared/components/Banner';
import type { DisplayPrefs } from '../../shared/format';
import { heading } from '../../shared/styles';
import { AnswerSummary } from './AnswerSummary';

interface Props {
  survey: PortalSurvey;
  prefs: DisplayPrefs;
  /** Why the customer sees this instead of their own submission (already answered). */
  notice?: string | null;
  /** Move focus here, so a keyboard user is not left on a button that disappeared. */
  focus?: boolean;
}

export function ThankYou({ survey, prefs, notice, focus }: Props) {
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) title.current?.focus();
  }, [focus]);
  return (
    <section
      aria-labelledby="cx-thank-you"
      style={{ display: 'flex', flexDirection: 'column', gap: token('space.150', '12px') }}
    >
      {notice && (
        <Banner tone="information" role="status">
          {notice}
        </Banner>
      )}
      <h2 id="cx-thank-you" ref={title} tabIndex={-1} style={{ ...heading, margin: 0 }}>
        <span aria-hidden="true" style={{ color: token('color.icon.success', '#22A06B') }}>
          ✓{' '}
        </span>
        {survey.messages.thankYou}
      </h2>
      {survey.answer && <AnswerSummary answer={survey.answer} messages={survey.messages} prefs={prefs} />}
    </section>
  );
}

/**
 * Server-side renders of the presentational pieces: what a screen reader and the browser get,
 * checked without a DOM. (Interaction is checked in Chromium against the host pages.)
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { DEFAULT_MESSAGES } from '../../src/domain/i18n';
import { AnswerDetails } from '../../static/issue-panel/src/AnswerDetails';
import { RecentAnswers } from '../../static/issue-panel/src/RecentAnswers';
import { AnswerSummary } from '../../static/portal/src/AnswerSummary';
import { ScaleQuestion } from '../../static/portal/src/ScaleQuestion';
import { SURVEY_SCALES } from '../../static/shared/scales';

const hostile = '<img src=x onerror=alert(1)>\n<script>alert(2)</script> & "quotes"';
const prefs = { locale: 'en_US', timezone: 'UTC' };

describe('rendered markup', () => {
  it('renders a rating as a labelled radio group with one tab stop', () => {
    const html = renderToStaticMarkup(
      <ScaleQuestion
        name="ces"
        question="How easy?"
        lowLabel="Very difficult"
        highLabel="Very easy"
        scale={SURVEY_SCALES.ces}
        value={3}
        onChange={() => undefined}
      />,
    );
    expect(html).toContain('role="radiogroup" aria-labelledby="cx-ces-question"');
    expect(html).toContain('<p id="cx-ces-question"');
    expect(html.match(/role="radio"/g)).toHaveLength(7);
    expect(html.match(/aria-checked="true"/g)).toHaveLength(1);
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    expect(html).toMatch(/1<span class="cx-visually-hidden">, Very difficult<\/span>/);
    expect(html).toMatch(/7<span class="cx-visually-hidden">, Very easy<\/span>/);
  });

  it('marks a rating with a field message as invalid and points to the message', () => {
    const html = renderToStaticMarkup(
      <ScaleQuestion
        name="csat"
        question="How satisfied?"
        lowLabel="Bad"
        highLabel="Good"
        scale={SURVEY_SCALES.csat}
        value={null}
        onChange={() => undefined}
        errors={['CSAT must be a whole number from 1 to 5.']}
      />,
    );
    expect(html).toContain('aria-describedby="cx-csat-error" aria-invalid="true"');
    expect(html).toContain('id="cx-csat-error"');
    expect(html).toContain('CSAT must be a whole number from 1 to 5.');
  });

  it('shows an HTML comment as inert text in the agent panel, with the scales', () => {
    const html = renderToStaticMarkup(
      <AnswerDetails
        answer={{
          ces: 6,
          csat: null,
          comment: hostile,
          answeredAt: '2025-03-04T08:30:00.000Z',
          respondent: { accountId: 'c', displayName: 'Dan <b>' },
        }}
        scales={SURVEY_SCALES}
        prefs={prefs}
      />,
    );
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('white-space:pre-wrap');
    expect(html).toContain('6 / 7');
    expect(html).toContain('Dan &lt;b&gt;');
  });

  it('shows the customer their stored answer as plain text', () => {
    const { invitation: _i, reminder: _r, ...messages } = DEFAULT_MESSAGES.en;
    const html = renderToStaticMarkup(
      <AnswerSummary
        answer={{ ces: null, csat: 4, comment: hostile, answeredAt: '2025-03-04T08:30:00.000Z' }}
        messages={messages}
        prefs={prefs}
      />,
    );
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('4 / 5');
    expect(html).not.toContain(messages.cesQuestion);
  });

  it('lists at most five recent answers with their scales', () => {
    const recent = Array.from({ length: 7 }, (_, i) => ({
      ticketKey: `SD-${i + 1}`,
      answeredAt: `2025-03-0${i + 1}T10:00:00.000Z`,
      ces: i === 0 ? null : 5,
      csat: 3,
    }));
    const html = renderToStaticMarkup(
      <RecentAnswers issueKey="SD-1" recent={recent} scales={SURVEY_SCALES} prefs={prefs} />,
    );
    expect(html.match(/<tr>/g)).toHaveLength(6);
    expect(html).toContain('SD-1<span');
    expect(html).toContain('—');
    expect(html).toContain('3 / 5');
  });
});

/**
 * The scorecard's Experience Index tile names the components it is made of, each with the answers
 * or tickets behind it, and says why a change compares fewer of them; the MTTA tiles for people and
 * for automation stand apart. Checked on the server-side render, without a DOM.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { MetricFigure, Scorecard } from '../../../src/contract/gadgets';
import { ScorecardView } from '../../../static/gadget/src/ScorecardView';

const window = { from: '2025-03-01', to: '2025-03-30', timeZone: 'UTC', projects: ['SD'] };
const prefs = { locale: 'en_US', timezone: 'UTC' };

const index: MetricFigure = {
  metric: 'experienceIndex',
  label: 'Experience Index',
  unit: 'score',
  value: 78,
  n: 1304,
  ci95: null,
  lowSample: false,
  target: 80,
  status: 'missed',
  previous: { value: 74, n: 900 },
  change: 3,
  detail: null,
  components: [
    { name: 'Customer satisfaction (CSAT)', value: 86.4, n: 212, counts: 'answers', weight: 2 },
    { name: 'Acknowledged within target', value: 72, n: 1092, counts: 'tickets', weight: 1 },
    { name: 'First contact resolution', value: 100, n: 1, counts: 'tickets', weight: 1 },
  ],
  changeNote:
    'Compared over 1 of 2 components: Acknowledged within target has no data in the previous period.',
};

const mtta = (
  metric: 'mttaHuman' | 'mttaAutomated',
  label: string,
  value: number,
  n: number,
): MetricFigure => ({
  metric,
  label,
  unit: 'seconds',
  value,
  n,
  ci95: null,
  lowSample: false,
  target: null,
  status: 'none',
  previous: null,
  change: null,
  detail: '90 % within target (≤ 15 min for high priorities, ≤ 2 h for the others)',
});

/** The visible text, with every run of white space (non-breaking ones too) as one space. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('scorecard: Experience Index and MTTA by who acknowledged', () => {
  const data: Scorecard = {
    window,
    tiles: [
      mtta('mttaHuman', 'MTTA, by people', 5400, 800),
      mtta('mttaAutomated', 'MTTA, by automation', 95, 271),
      index,
    ],
  };
  const html = renderToStaticMarkup(<ScorecardView data={data} prefs={prefs} />);

  it('lists the index components by name, each with its n and a weight other than 1', () => {
    expect(html).toContain('aria-label="Experience Index components"');
    expect(text(html)).toContain(
      'Made of: Customer satisfaction (CSAT): 86 (n = 212 answers, weight 2) Acknowledged within target: 72 (n = 1,092 tickets) First contact resolution: 100 (n = 1 ticket)',
    );
    expect(text(html)).toContain('n = 1,304');
  });

  it('says over which components the change was taken', () => {
    expect(text(html)).toContain(
      'Compared over 1 of 2 components: Acknowledged within target has no data in the previous period.',
    );
  });

  it('shows MTTA for people and for automation as tiles of their own, explained in their titles', () => {
    expect(text(html)).toContain('MTTA, by people 1 h 30 min');
    expect(text(html)).toContain('MTTA, by automation 2 min n = 271');
    expect(html).toContain(
      'title="Mean time from a request&#x27;s creation to its first public response when automation',
    );
  });
});

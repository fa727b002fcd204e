/**
 * How a team lead reads the gadgets' figures: whether a change is good news, in words and colour
 * as well as by its arrow; checked on the server-side render, without a DOM.
 */
// The breakdown's drill-down calls the backend through the Custom UI bridge, which only exists
// inside a frame; these renders never call it.
jest.mock('@forge/bridge', () => ({ invoke: jest.fn(), view: {}, requestJira: jest.fn() }));

import { renderToStaticMarkup } from 'react-dom/server';
import type { Breakdown, MetricFigure, Scorecard } from '../../../src/contract/gadgets';
import { rowLabel } from '../../../src/domain/facts/empty-dimension-labels';
import { BreakdownView } from '../../../static/gadget/src/BreakdownView';
import { changeVerdict, durationTicks, formatTick } from '../../../static/gadget/src/format-figures';
import { ScorecardView } from '../../../static/gadget/src/ScorecardView';
import { durationAxis } from '../../../static/gadget/src/TrendView';
import { inReportingZone } from '../../../static/gadget/src/window-label';
import { formatDate } from '../../../static/shared/format';

const window = { from: '2025-03-01', to: '2025-03-30', timeZone: 'UTC', projects: ['SD'] };
const prefs = { locale: 'en_US', timezone: 'UTC' };

function tile(overrides: Partial<MetricFigure>): MetricFigure {
  return {
    metric: 'mtta',
    label: 'MTTA',
    unit: 'seconds',
    value: 1200,
    n: 120,
    ci95: null,
    lowSample: false,
    target: null,
    status: 'none',
    previous: { value: 1680, n: 110 },
    change: -480,
    detail: null,
    ...overrides,
  };
}

const changeLine = (figure: MetricFigure) => {
  const data: Scorecard = { window, tiles: [figure] };
  const html = renderToStaticMarkup(<ScorecardView data={data} prefs={prefs} />);
  const line = /<p class="cxg-change[^"]*"[^>]*>.*?<\/p>/.exec(html)?.[0] ?? '';
  return { className: /class="([^"]*)"/.exec(line)?.[1], text: line.replace(/<[^>]+>/g, '') };
};

describe('a change against the previous period', () => {
  it('calls a shorter time better, and a longer one worse', () => {
    expect(changeVerdict(-480, 'seconds')).toBe('better');
    expect(changeVerdict(600, 'seconds')).toBe('worse');
    expect(changeVerdict(0.2, 'seconds')).toBe('same');
  });

  it('calls a higher share or score better, and a lower one worse', () => {
    expect(changeVerdict(3.2, 'percent')).toBe('better');
    expect(changeVerdict(-1.2, 'percent')).toBe('worse');
    expect(changeVerdict(-6, 'score')).toBe('worse');
    expect(changeVerdict(0.4, 'percent')).toBe('same');
  });

  it('shows a fall in MTTA as an improvement, in words and in the success colour', () => {
    const line = changeLine(tile({}));
    expect(line.className).toBe('cxg-change cxg-change--better');
    expect(line.text).toBe('↓ Better: \u22128\u00a0min vs previous period (28\u00a0min)');
  });

  it('shows a rise in AHT as a worsening, and a fall in CSAT too', () => {
    const aht = changeLine(
      tile({ metric: 'aht', label: 'AHT', previous: { value: 600, n: 90 }, change: 600 }),
    );
    expect(aht.className).toBe('cxg-change cxg-change--worse');
    expect(aht.text).toContain('Worse: +10\u00a0min');
    const csat = changeLine(
      tile({
        metric: 'csat',
        label: 'CSAT',
        unit: 'percent',
        value: 80,
        previous: { value: 85, n: 90 },
        change: -5,
      }),
    );
    expect(csat.className).toBe('cxg-change cxg-change--worse');
    expect(csat.text).toContain('Worse: \u22125\u00a0pts');
  });

  it('judges nothing when the displayed change is none', () => {
    const line = changeLine(tile({ previous: { value: 1200.3, n: 100 }, change: -0.3 }));
    expect(line.className).toBe('cxg-change cxg-change--same');
    expect(line.text).toBe('→ no change vs previous period (20\u00a0min)');
  });
});

describe('a duration trend axis', () => {
  const ticksOf = (largest: number) => {
    const { axisUnit, ticks } = durationTicks(largest);
    return ticks.map((tick) => formatTick(tick, 'seconds', {}, axisUnit).replace('\u00a0', ' '));
  };

  it('counts every tick in one unit, from zero past the largest value', () => {
    expect(ticksOf(6120)).toEqual(['0 min', '30 min', '60 min', '90 min', '120 min']);
    expect(ticksOf(600)).toEqual(['0 min', '5 min', '10 min']);
    expect(ticksOf(45)).toEqual(['0 s', '15 s', '30 s', '45 s']);
    expect(ticksOf(20_000)).toEqual(['0 h', '2 h', '4 h', '6 h']);
    expect(ticksOf(400_000)).toEqual(['0 d', '2 d', '4 d', '6 d']);
  });

  it('reads an MTTA trend of 1 h 10 min to 1 h 40 min, with a 30 min target, in minutes only', () => {
    const points = [4700, 4100, 6000, 5500, 4900].map((value, index) => ({
      start: `2026-11-0${index + 1}`,
      label: `${index + 1} Nov`,
      value,
      n: 40,
      ci95: null,
      lowSample: false,
    }));
    const axis = durationAxis({ unit: 'seconds', points, target: 1800 })!;
    const ticks = axis.ticks.map((tick) => formatTick(tick, 'seconds', {}, axis.axisUnit));
    expect(ticks.every((tick) => tick.endsWith('\u00a0min'))).toBe(true);
    expect(axis.ticks[axis.ticks.length - 1]).toBeGreaterThanOrEqual(6000);
    expect(durationAxis({ unit: 'percent', points, target: 80 })).toBeNull();
  });
});

describe('a breakdown', () => {
  const breakdown = (metric: 'mtta' | 'csat', unit: 'seconds' | 'percent'): Breakdown => ({
    window,
    metric,
    label: metric === 'mtta' ? 'Mean time to acknowledge' : 'CSAT',
    unit,
    dimension: 'team',
    target: null,
    total: tile({ metric, unit, value: unit === 'seconds' ? 4000 : 80, n: 30, previous: null, change: null }),
    rows: [
      {
        key: 't1',
        label: 'Service Desk L1',
        value: unit === 'seconds' ? 4200 : 82,
        n: 20,
        ci95: null,
        lowSample: true,
      },
      {
        key: '-',
        label: rowLabel('team', '-', 'None'),
        value: unit === 'seconds' ? 3600 : 78,
        n: 10,
        ci95: null,
        lowSample: true,
      },
    ],
  });

  it('of a time metric offers no drill-down to answers it cannot show', () => {
    const html = renderToStaticMarkup(<BreakdownView data={breakdown('mtta', 'seconds')} prefs={prefs} />);
    expect(html).not.toContain('<button type="button" class="cxg-row-button"');
    expect(html).not.toContain('cxg-row--clickable');
    expect(html).not.toContain('opens the responses');
    expect(html).not.toContain(': responses');
  });

  it('of a survey metric still opens the answers behind a row', () => {
    const html = renderToStaticMarkup(<BreakdownView data={breakdown('csat', 'percent')} prefs={prefs} />);
    expect(html.match(/class="cxg-row-button"/g)).toHaveLength(2);
    expect(html).toContain('opens the responses');
  });

  it('names the tickets without a value as people would', () => {
    expect(rowLabel('team', '-', 'None')).toBe('No team');
    expect(rowLabel('agent', '-', 'None')).toBe('Unassigned');
    expect(rowLabel('requestType', '-', 'None')).toBe('No request type');
    expect(rowLabel('priority', '-', 'None')).toBe('No priority');
    expect(rowLabel('organization', '-', 'None')).toBe('No organisation');
    expect(rowLabel('team', 't1', 'None')).toBe('None');
    const html = renderToStaticMarkup(<BreakdownView data={breakdown('mtta', 'seconds')} prefs={prefs} />);
    expect(html).toContain('No team');
    expect(html).not.toContain('>None<');
  });
});

describe('the dates of the answers behind a row', () => {
  it('follow the reporting zone the gadget counts its days in, not the viewer zone', () => {
    const berlin = { ...window, timeZone: 'Europe/Berlin' };
    const shown = inReportingZone({ locale: 'en_GB', timezone: 'America/Los_Angeles' }, berlin);
    expect(shown).toEqual({ locale: 'en_GB', timezone: 'Europe/Berlin' });
    // Answered at 23:30 UTC on 6 Dec: 7 Dec in Berlin, where the gadget counted it.
    expect(formatDate('2026-12-06T23:30:00Z', shown)).toBe('7 Dec 2026');
  });
});

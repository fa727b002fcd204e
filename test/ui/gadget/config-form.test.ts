import type { GadgetConfiguration } from '../../../src/contract/gadgets';
import {
  daysBack,
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
} from '../../../static/gadget/src/config-form';
import { gadgetKind, KIND_FIELDS, usesField } from '../../../static/gadget/src/gadget-kind';
import { GADGET_DEFAULTS, GADGET_OPTIONS } from './fixtures';

const TODAY = '2025-03-31';

describe('the gadget a frame is', () => {
  it('comes from the module key', () => {
    expect(gadgetKind('cx-scorecard')).toBe('scorecard');
    expect(gadgetKind('cx-distribution')).toBe('distribution');
    expect(gadgetKind('cx-gadget')).toBeNull();
    expect(gadgetKind('toString')).toBeNull();
    expect(gadgetKind(undefined)).toBeNull();
  });
  it('decides which fields the form shows', () => {
    expect(usesField('scorecard', 'metrics')).toBe(true);
    expect(usesField('scorecard', 'metric')).toBe(false);
    expect(usesField('trend', 'interval')).toBe(true);
    expect(usesField('breakdown', 'dimension')).toBe(true);
    expect(KIND_FIELDS.distribution).not.toContain('targets');
  });
});

describe('mergeConfig', () => {
  it('gives a new gadget ({}) the defaults', () => {
    expect(mergeConfig(GADGET_DEFAULTS, {})).toEqual(GADGET_DEFAULTS);
    expect(mergeConfig(GADGET_DEFAULTS, undefined)).toEqual(GADGET_DEFAULTS);
  });
  it('keeps saved fields and replaces only those of the wrong shape', () => {
    const merged = mergeConfig(GADGET_DEFAULTS, {
      projects: ['SD', 'SD'],
      period: { from: '2025-01-01', to: '2025-01-31' },
      timeZone: 'Not/AZone',
      metrics: ['nps', 'bogus', 'csat'],
      metric: 'fcr',
      interval: 'year',
      targets: { csat: 90, ces: 'high' },
      projectKey: 'SD', // an older gadget's field
    });
    expect(merged).toEqual<GadgetConfiguration>({
      ...GADGET_DEFAULTS,
      projects: ['SD'],
      period: { from: '2025-01-01', to: '2025-01-31' },
      metrics: ['nps', 'csat'],
      metric: 'fcr',
      targets: { csat: 90 },
    });
  });
  it('rejects a period that is neither a preset nor real days', () => {
    expect(mergeConfig(GADGET_DEFAULTS, { period: { preset: 14 } }).period).toEqual({ preset: 30 });
    expect(mergeConfig(GADGET_DEFAULTS, { period: { from: '2025-02-30', to: '2025-03-01' } }).period).toEqual(
      {
        preset: 30,
      },
    );
  });
});

describe('draft and configuration', () => {
  it('round-trips a configuration', () => {
    const config: GadgetConfiguration = {
      ...GADGET_DEFAULTS,
      period: { preset: 90 },
      targets: { csat: 88, nps: -10, experienceIndex: 70 },
    };
    const draft = toDraft(config, TODAY);
    expect(draft.targets).toEqual({ csat: '88', nps: '-10', experienceIndex: '70' });
    expect(draft.from).toBe('2025-01-01');
    expect(draft.to).toBe(TODAY);
    expect(toConfig(draft)).toEqual(config);
  });
  it('drops a target an older version saved for a metric whose target is not one app setting', () => {
    // MTTA's targets are per priority on the admin page; TTV and AHT have none there.
    const config: GadgetConfiguration = { ...GADGET_DEFAULTS, targets: { csat: 88, mtta: 900, ttv: 3600 } };
    const draft = toDraft(config, TODAY);
    expect(draft.targets).toEqual({ csat: '88' });
    expect(toConfig(draft).targets).toEqual({ csat: 88 });
  });
  it('saves a custom range and drops blank targets', () => {
    const draft = {
      ...toDraft(GADGET_DEFAULTS, TODAY),
      periodMode: 'custom' as const,
      from: '2025-02-01',
      to: '2025-02-28',
      targets: { csat: ' ', ces: '72,5' },
    };
    expect(toConfig(draft)).toMatchObject({
      period: { from: '2025-02-01', to: '2025-02-28' },
      targets: { ces: 72.5 },
    });
  });
  it('counts the last N days up to today', () => {
    expect(daysBack('2025-03-31', 7)).toBe('2025-03-25');
    expect(daysBack('2025-03-01', 1)).toBe('2025-03-01');
  });
  it('knows today in a time zone', () => {
    const now = new Date('2025-03-31T23:30:00Z');
    expect(todayIn('UTC', now)).toBe('2025-03-31');
    expect(todayIn('Europe/Berlin', now)).toBe('2025-04-01');
    expect(todayIn('Nowhere/Else', now)).toBe('2025-03-31');
  });
});

describe('validateDraft', () => {
  const draft = toDraft(GADGET_DEFAULTS, TODAY);
  it('accepts the defaults', () => {
    expect(validateDraft('scorecard', draft).size).toBe(0);
  });
  it('wants a custom range from ≤ to, with real days', () => {
    const reversed = validateDraft('trend', {
      ...draft,
      periodMode: 'custom',
      from: '2025-03-10',
      to: '2025-03-01',
    });
    expect([...reversed.keys()]).toEqual(['period.to']);
    const missing = validateDraft('trend', { ...draft, periodMode: 'custom', from: '', to: '2025-02-30' });
    expect([...missing.keys()]).toEqual(['period.from', 'period.to']);
    expect(validateDraft('trend', { ...draft, periodMode: 'custom', from: TODAY, to: TODAY }).size).toBe(0);
  });
  it('wants at least one scorecard metric, and only on the scorecard', () => {
    expect(validateDraft('scorecard', { ...draft, metrics: [] }).get('metrics')).toEqual([
      'Choose at least one metric.',
    ]);
    expect(validateDraft('trend', { ...draft, metrics: [] }).size).toBe(0);
  });
  it('checks targets against their metric range, for the fields shown', () => {
    const messages = validateDraft('scorecard', {
      ...draft,
      metrics: ['csat', 'nps', 'ice'],
      targets: { csat: '120', nps: '-50', ice: '-1', ces: 'abc' },
    });
    expect([...messages.keys()]).toEqual(['targets.csat', 'targets.ice']);
    expect(validateDraft('distribution', { ...draft, targets: { csat: 'abc' } }).size).toBe(0);
  });
  it('offers the targets of the metrics the gadget shows', () => {
    expect(targetMetrics('scorecard', { metrics: ['nps', 'csat'], metric: 'fcr' })).toEqual(['nps', 'csat']);
    expect(targetMetrics('breakdown', { metrics: ['nps'], metric: 'fcr' })).toEqual(['fcr']);
    expect(targetMetrics('distribution', { metrics: ['nps'], metric: 'fcr' })).toEqual([]);
  });
  it('offers only targets the admin page has: none for MTTA (per priority there), TTV or AHT', () => {
    const metrics = ['mttaHuman', 'nps', 'mttaAutomated', 'ttv', 'aht', 'ice', 'experienceIndex'] as const;
    expect(targetMetrics('scorecard', { metrics: [...metrics], metric: 'fcr' })).toEqual([
      'nps',
      'ice',
      'experienceIndex',
    ]);
    expect(targetMetrics('trend', { metrics: [], metric: 'mtta' })).toEqual([]);
  });
});

describe('projects, request types and metric order', () => {
  it('filters request types by the chosen projects; none chosen means all', () => {
    expect(requestTypesFor(GADGET_OPTIONS.requestTypes, []).map((t) => t.id)).toEqual(['11', '12', '21']);
    expect(requestTypesFor(GADGET_OPTIONS.requestTypes, ['HR']).map((t) => t.id)).toEqual(['21']);
  });
  it('drops chosen request types whose project is no longer chosen', () => {
    const draft = { ...toDraft(GADGET_DEFAULTS, TODAY), projects: ['SD', 'HR'], requestTypes: ['11', '21'] };
    expect(withProjects(draft, ['HR'], GADGET_OPTIONS.requestTypes).requestTypes).toEqual(['21']);
    expect(withProjects(draft, [], GADGET_OPTIONS.requestTypes).requestTypes).toEqual(['11', '21']);
  });
  it('moves and toggles scorecard metrics', () => {
    expect(moveMetric(['csat', 'ces', 'nps'], 'nps', -1)).toEqual(['csat', 'nps', 'ces']);
    expect(moveMetric(['csat', 'ces'], 'csat', -1)).toEqual(['csat', 'ces']);
    expect(toggleMetric(['csat'], 'fcr', true)).toEqual(['csat', 'fcr']);
    expect(toggleMetric(['csat', 'fcr'], 'csat', false)).toEqual(['fcr']);
  });
  it('offers the browser zone and the saved one with the common zones, each once', () => {
    const zones = timeZoneChoices('Pacific/Auckland', 'Europe/Berlin');
    expect(zones.slice(0, 2)).toEqual(['Europe/Berlin', 'Pacific/Auckland']);
    expect(zones.filter((zone) => zone === 'Europe/Berlin')).toHaveLength(1);
    expect(zones).toContain('UTC');
    expect(timeZoneChoices('Bad/Zone', undefined)[0]).toBe('UTC');
  });
});

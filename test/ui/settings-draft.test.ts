import { applySettingsPatch, defaultSettings, settingsPatchSchema } from '../../src/domain/settings';
import { NUMBER_FIELDS, NUMBER_PATHS } from '../../static/admin/src/number-fields';
import {
  buildPatch,
  draftFromSettings,
  settingsDraftReducer,
  isDirty,
  normalizeWording,
  parseIdList,
  readPath,
  type SettingsDraftAction,
} from '../../static/admin/src/settings-draft';

const edit = (...actions: SettingsDraftAction[]) => {
  const original = defaultSettings();
  return { original, draft: actions.reduce(settingsDraftReducer, draftFromSettings(original)) };
};

describe('admin settings draft', () => {
  it('puts CSAT first only when the administrator chooses it, and sends just that', () => {
    const { original, draft } = edit({ type: 'firstQuestion', value: 'csat' });
    expect(draftFromSettings(original).firstQuestion).toBe('ces');
    expect(buildPatch(original, draft)).toEqual({ patch: { firstQuestion: 'csat' }, errors: [] });
    const saved = applySettingsPatch(original, { firstQuestion: 'csat' });
    expect(saved.ok && saved.settings.firstQuestion).toBe('csat');
    expect(settingsPatchSchema.safeParse({ firstQuestion: 'nps' }).success).toBe(false);
  });

  it('edits the MTTA classes and targets and the index weights, sending only what changed', () => {
    const { original, draft } = edit(
      { type: 'highPriorities', text: 'Highest, High,\n high , Urgent incident' },
      { type: 'number', path: 'mtta.standardTargetMinutes', text: '45' },
      { type: 'number', path: 'weights.csat', text: '2' },
    );
    expect(draftFromSettings(original).highPriorities).toBe('Highest, High, Critical, Blocker, P1, P2');
    const { patch, errors } = buildPatch(original, draft);
    expect(errors).toEqual([]);
    expect(patch).toEqual({
      mtta: { standardTargetMinutes: 45, highPriorities: ['Highest', 'High', 'Urgent incident'] },
      weights: { csat: 2 },
    });
    const saved = applySettingsPatch(original, patch);
    expect(saved.ok && saved.settings.mtta).toEqual({
      highPriorities: ['Highest', 'High', 'Urgent incident'],
      highTargetMinutes: 15,
      standardTargetMinutes: 45,
    });
  });

  it('sends nothing when nothing changed', () => {
    const { original, draft } = edit();
    expect(buildPatch(original, draft)).toEqual({ patch: {}, errors: [] });
    expect(isDirty(original, draft)).toBe(false);
  });

  it('sends only the changed fields, nested groups partial', () => {
    const { original, draft } = edit(
      { type: 'number', path: 'delayHours', text: '2.5' },
      { type: 'number', path: 'reminder.afterDays', text: '3' },
      { type: 'flag', path: 'reminder.enabled', value: true },
      { type: 'number', path: 'targets.nps', text: '-10' },
      { type: 'number', path: 'throttleDays', text: '30' },
    );
    expect(buildPatch(original, draft).patch).toEqual({
      delayHours: 2.5,
      reminder: { afterDays: 3, enabled: true },
      targets: { nps: -10 },
    });
  });

  it('refuses to send an input that is not a number', () => {
    const { original, draft } = edit({ type: 'number', path: 'targets.csat', text: '' });
    expect(buildPatch(original, draft).errors).toEqual([
      { field: 'targets.csat', message: 'Enter a number.' },
    ]);
    expect(isDirty(original, draft)).toBe(true);
  });

  it('switches between all projects and a chosen list, ignoring tick order', () => {
    const chosen = edit({ type: 'enabledProjects', value: ['SD', 'HR'] });
    expect(buildPatch(chosen.original, chosen.draft).patch).toEqual({ enabledProjects: ['HR', 'SD'] });
    const original = { ...defaultSettings(), enabledProjects: ['HR', 'SD'] };
    const reordered = settingsDraftReducer(draftFromSettings(original), {
      type: 'enabledProjects',
      value: ['SD', 'HR'],
    });
    expect(buildPatch(original, reordered).patch).toEqual({});
    const back = settingsDraftReducer(reordered, { type: 'enabledProjects', value: 'all' });
    expect(buildPatch(original, back).patch).toEqual({ enabledProjects: 'all' });
  });

  it('reads excluded request types as a free-text list', () => {
    expect(parseIdList(' 12, 15\n15 ;x-1 ')).toEqual(['12', '15', 'x-1']);
    const { original, draft } = edit({ type: 'excludedRequestTypes', text: '12, 15' });
    expect(buildPatch(original, draft).patch).toEqual({ excludedRequestTypes: ['12', '15'] });
  });

  it('sends the whole wording map without blanks, and nothing for an added but empty locale', () => {
    const added = edit(
      { type: 'addLocale', locale: 'pt-BR' },
      { type: 'wording', locale: 'de', key: 'submit', text: '  ' },
    );
    expect(buildPatch(added.original, added.draft).patch).toEqual({});
    const worded = edit(
      { type: 'wording', locale: 'de', key: 'submit', text: 'Abschicken' },
      { type: 'wording', locale: 'fr', key: 'thankYou', text: '' },
    );
    expect(buildPatch(worded.original, worded.draft).patch).toEqual({
      wording: { de: { submit: 'Abschicken' } },
    });
    expect(normalizeWording({ b: { submit: 'x' }, a: { submit: '' } })).toEqual({ b: { submit: 'x' } });
  });

  it('builds patches the backend strict schema accepts and applies as meant', () => {
    const { original, draft } = edit(
      { type: 'number', path: 'expiryDays', text: '20' },
      { type: 'flag', path: 'lowScore.internalComment', value: false },
      { type: 'jsmSurveyProjects', value: ['HR'] },
      { type: 'reportingTimeZone', text: ' Europe/Berlin ' },
      { type: 'wording', locale: 'de', key: 'invitation', text: 'Bitte hier: {link}' },
    );
    const { patch } = buildPatch(original, draft);
    expect(settingsPatchSchema.safeParse(patch).success).toBe(true);
    const applied = applySettingsPatch(original, patch);
    expect(applied.ok && applied.settings).toMatchObject({
      expiryDays: 20,
      lowScore: { internalComment: false, csatAtMost: 2 },
      jsmSurveyProjects: ['HR'],
      reportingTimeZone: 'Europe/Berlin',
      wording: { de: { invitation: 'Bitte hier: {link}' } },
    });
  });

  it('resets to the saved settings', () => {
    const { original, draft } = edit({ type: 'number', path: 'delayHours', text: '9' });
    expect(settingsDraftReducer(draft, { type: 'reset', settings: original })).toEqual(
      draftFromSettings(original),
    );
  });
});

describe('number field bounds', () => {
  // The inputs' min/max must be what the backend accepts, or the form would guide people wrongly.
  it.each(NUMBER_PATHS)('%s matches the settings schema', (path) => {
    const spec = NUMBER_FIELDS[path];
    const patchAt = (value: number) => {
      const [group, key] = path.split('.');
      return key === undefined ? { [path]: value } : { [group!]: { [key]: value } };
    };
    const accepts = (value: number) => settingsPatchSchema.safeParse(patchAt(value)).success;
    expect(accepts(spec.min)).toBe(true);
    expect(accepts(spec.max)).toBe(true);
    expect(accepts(spec.min - 1)).toBe(false);
    expect(accepts(spec.max + 1)).toBe(false);
    expect(accepts(spec.min + 0.5)).toBe(spec.step === 'any');
    expect(typeof readPath(defaultSettings(), path)).toBe('number');
  });
});

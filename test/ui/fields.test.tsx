/**
 * The field components the gadget edit view and the admin settings are built from, as a screen
 * reader gets them: each control named by its label, pointing at its hint, and at its messages
 * (and marked invalid) only while there are messages.
 */
import type { ReactElement, ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { defaultSettings } from '../../src/domain/settings';
import { ReportingSection } from '../../static/admin/src/ReportingSection';
import { draftFromSettings } from '../../static/admin/src/settings-draft';
import { SurveysSection } from '../../static/admin/src/SurveysSection';
import { PeriodField } from '../../static/gadget/src/edit/PeriodField';
import { TargetsField } from '../../static/gadget/src/edit/TargetsField';
import { CheckList } from '../../static/shared/fields/CheckList';
import { DateField } from '../../static/shared/fields/DateField';
import { NumberField } from '../../static/shared/fields/NumberField';
import { RadioChoices } from '../../static/shared/fields/RadioChoices';
import { SelectField } from '../../static/shared/fields/SelectField';
import { TextField } from '../../static/shared/fields/TextField';

const ignore = () => undefined;
const attrs = (html: string, id: string) =>
  html.match(new RegExp(`<(?:input|select|textarea)[^>]*id="${id}"[^>]*>`))![0];

/** Every `for` names a control and every `aria-describedby` id is on the page. */
function expectWired(html: string) {
  const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
  for (const [, target] of html.matchAll(/ for="([^"]+)"/g)) expect(ids).toContain(target);
  for (const [, list] of html.matchAll(/aria-describedby="([^"]+)"/g)) {
    for (const id of list!.split(' ')) expect(ids).toContain(id);
  }
}

describe('field components', () => {
  const spec = { label: 'NPS target', min: -100, max: 100, step: 'any' as const, hint: 'Signed.' };

  it('a number field names its range, and its messages only while there are some', () => {
    const valid = renderToStaticMarkup(
      <NumberField id="cx-targets-nps" spec={spec} value="50" onChange={ignore} />,
    );
    expect(valid).toContain('<label class="cx-label" for="cx-targets-nps">NPS target</label>');
    expect(valid).toContain(
      '<span id="cx-targets-nps-hint" class="cx-hint">Signed. Allowed: −100 to 100.</span>',
    );
    expect(attrs(valid, 'cx-targets-nps')).toContain('aria-describedby="cx-targets-nps-hint"');
    expect(attrs(valid, 'cx-targets-nps')).not.toContain('aria-invalid');

    const invalid = renderToStaticMarkup(
      <NumberField id="cx-targets-nps" spec={spec} value="500" onChange={ignore} messages={['Too high.']} />,
    );
    expect(attrs(invalid, 'cx-targets-nps')).toContain(
      'aria-invalid="true" aria-describedby="cx-targets-nps-hint cx-targets-nps-error"',
    );
    expect(invalid).toMatch(
      /<div id="cx-targets-nps-error"[^>]*><p[^>]*><span aria-hidden="true">⚠ <\/span>Too high.<\/p>/,
    );
    expectWired(invalid);
  });

  it('a text field without a hint describes itself by its messages alone, under the id it is given', () => {
    const valid = renderToStaticMarkup(
      <TextField
        id="cxg-target-csat"
        label="CSAT target (%)"
        value=""
        onChange={ignore}
        errorId="cxg-targets-csat"
      />,
    );
    expect(attrs(valid, 'cxg-target-csat')).not.toContain('aria-describedby');
    const invalid = renderToStaticMarkup(
      <TextField
        id="cxg-target-csat"
        label="CSAT target (%)"
        value="x"
        inputMode="decimal"
        onChange={ignore}
        errorId="cxg-targets-csat"
        messages={['Enter a number from 0 to 100, or leave it blank.']}
      />,
    );
    expect(attrs(invalid, 'cxg-target-csat')).toContain(
      'aria-invalid="true" aria-describedby="cxg-targets-csat"',
    );
    expect(attrs(invalid, 'cxg-target-csat')).toContain('inputMode="decimal"');
    expect(invalid).toContain('id="cxg-targets-csat"');
  });

  it('a select marks its value and points at its hint; a date field leaves out empty bounds', () => {
    const select = renderToStaticMarkup(
      <SelectField
        id="cxg-zone"
        label="Time zone"
        value="UTC"
        choices={[
          { value: 'Europe/Berlin', label: 'Europe/Berlin (this browser)' },
          { value: 'UTC', label: 'UTC' },
        ]}
        onChange={ignore}
        hint="Counted in this zone."
        errorId="cxg-timeZone"
      />,
    );
    expect(attrs(select, 'cxg-zone')).toContain('aria-describedby="cxg-zone-hint"');
    expect(select).toContain('<option value="UTC" selected="">UTC</option>');
    const date = renderToStaticMarkup(
      <DateField
        id="cxg-from"
        label="From"
        value=""
        min=""
        max="2024-06-30"
        errorId="cxg-period-from"
        onChange={ignore}
      />,
    );
    expect(attrs(date, 'cxg-from')).toBe(
      '<input id="cxg-from" type="date" class="cx-input" max="2024-06-30" value=""/>',
    );
  });

  it('a check list adds a newly ticked value last and removes an unticked one', () => {
    const changes: string[][] = [];
    const list = CheckList({
      items: ['SD', 'HR', 'IT'].map((key) => ({ value: key, label: key })),
      checked: ['IT', 'SD'],
      onChange: (next) => changes.push(next),
    });
    const inputs = (list.props as { children: ReactElement[] }).children.map(
      (li) =>
        ((li.props as { children: ReactElement }).children.props as { children: ReactNode[] }).children[0],
    ) as ReactElement<{ checked: boolean; onChange: (event: { target: { checked: boolean } }) => void }>[];
    expect(inputs.map((input) => input.props.checked)).toEqual([true, false, true]);
    inputs[1]!.props.onChange({ target: { checked: true } });
    inputs[0]!.props.onChange({ target: { checked: false } });
    expect(changes).toEqual([['IT', 'SD', 'HR'], ['IT']]);
  });

  it('radios share one name, so the arrow keys move within the group', () => {
    const html = renderToStaticMarkup(
      <RadioChoices
        name="cxg-interval"
        choices={[
          { value: 'day', label: 'Day' },
          { value: 'week', label: 'Week' },
        ]}
        value="week"
        onChange={ignore}
      />,
    );
    expect(html).toBe(
      '<label class="cx-check"><input type="radio" name="cxg-interval"/>Day</label>' +
        '<label class="cx-check"><input type="radio" name="cxg-interval" checked=""/>Week</label>',
    );
  });
});

describe('forms built from them', () => {
  it('the gadget period and targets keep their ids, and their messages under the field paths', () => {
    const messages = new Map([
      ['period.to', ['The last day must not be before the first day.']],
      ['targets.mtta', ['Enter a number of minutes above 0, or leave it blank.']],
    ]);
    const period = renderToStaticMarkup(
      <PeriodField
        period={{ periodMode: 'custom', preset: 30, from: '2024-06-10', to: '2024-06-01' }}
        onChange={ignore}
        messages={messages}
      />,
    );
    expect(attrs(period, 'cxg-from')).not.toContain('aria-invalid');
    expect(attrs(period, 'cxg-to')).toContain('aria-invalid="true" aria-describedby="cxg-period-to"');
    expect(period.match(/name="cxg-period"/g)).toHaveLength(5);
    expectWired(period);
    const targets = renderToStaticMarkup(
      <TargetsField
        metrics={['csat', 'mtta']}
        targets={{ mtta: '0' }}
        onChange={ignore}
        messages={messages}
      />,
    );
    expect(targets).toContain('<label class="cx-label" for="cxg-target-mtta">MTTA target (minutes)</label>');
    expect(attrs(targets, 'cxg-target-mtta')).toContain('aria-describedby="cxg-targets-mtta"');
    expect(attrs(targets, 'cxg-target-csat')).toContain('placeholder="App setting"');
    expectWired(targets);
  });

  it('the admin sections name each setting by its path and show the backend’s messages beside it', () => {
    const form = {
      draft: draftFromSettings(defaultSettings()),
      dispatch: ignore,
      messages: new Map([
        ['reminder.afterDays', ['Must be before the survey expires.']],
        ['excludedRequestTypes.1', ['Not a request type id.']],
        ['reportingTimeZone', ['Not a time zone.']],
      ]),
    };
    const surveys = renderToStaticMarkup(
      <SurveysSection form={form} projects={[{ key: 'SD', name: 'Service Desk' }]} />,
    );
    expect(attrs(surveys, 'cx-reminder-afterDays')).toContain(
      'aria-invalid="true" aria-describedby="cx-reminder-afterDays-hint cx-reminder-afterDays-error"',
    );
    expect(attrs(surveys, 'cx-excludedRequestTypes')).toContain(
      'aria-describedby="cx-excludedRequestTypes-hint cx-excludedRequestTypes-error"',
    );
    expect(attrs(surveys, 'cx-delayHours')).not.toContain('aria-invalid');
    expectWired(surveys);
    const reporting = renderToStaticMarkup(<ReportingSection form={form} />);
    expect(attrs(reporting, 'cx-reportingTimeZone')).toContain('list="cx-reportingTimeZone-list"');
    expect(reporting).toContain('Not a time zone.');
    expectWired(reporting);
  });
});

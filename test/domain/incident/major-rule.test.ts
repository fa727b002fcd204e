import { DEFAULT_MAJOR_INCIDENT_RULE, readMajor } from '../../../src/domain/incident/major-rule';

const rule = { fieldId: 'customfield_10080', priorities: ['P1'], labels: ['major-incident'] };

describe('telling a major incident', () => {
  it.each([
    [{ customfield_10080: true }, true],
    [{ customfield_10080: { value: 'Major incident' } }, true],
    [{ customfield_10080: [{ value: 'Major incident' }] }, true],
    [{ customfield_10080: 'MAJOR_INCIDENT' }, true],
    [{ customfield_10080: null }, false],
    [{ customfield_10080: [] }, false],
    [{ customfield_10080: false }, false],
    [{ priority: { name: 'p1' } }, true],
    [{ priority: { name: 'P3' }, labels: ['Major-Incident'] }, true],
    [{ priority: { name: 'P3' }, labels: [] }, false],
  ])('reads %j as major %s', (fields, major) => {
    expect(readMajor(fields, rule)).toEqual({ ok: true, major });
  });

  it('says nothing when the payload carries none of the fields it reads', () => {
    expect(readMajor({ summary: 'VPN down' }, rule)).toEqual({ ok: true, major: undefined });
  });

  it('uses the label "major-incident" by default', () => {
    expect(readMajor({ labels: ['major-incident'] }, DEFAULT_MAJOR_INCIDENT_RULE)).toEqual({
      ok: true,
      major: true,
    });
  });

  it('refuses a field of the wrong shape, naming it', () => {
    expect(readMajor({ customfield_10080: 7 }, rule)).toEqual({
      ok: false,
      reason: 'fields.customfield_10080: not a major incident flag',
    });
    expect(readMajor({ labels: 'major' }, rule)).toEqual({
      ok: false,
      reason: 'fields.labels: expected a list of labels',
    });
  });
});

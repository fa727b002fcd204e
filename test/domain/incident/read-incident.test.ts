import { communicationTimeline } from '../../../src/domain/incident/communication-timeline';
import { incidentWindow } from '../../../src/domain/incident/incident-window';
import { readIncident, type IncidentReading } from '../../../src/domain/incident/read-incident';

const reading: IncidentReading = {
  rule: { fieldId: 'customfield_10080', priorities: [], labels: [] },
  linkTypes: ['Causes'],
  participantsFieldId: 'customfield_10026',
  organizationsFieldId: 'customfield_10002',
  statusFieldId: null,
};
const agent = { accountId: 'agent-1', accountType: 'atlassian' };

const incident = {
  id: '20001',
  key: 'OPS-7',
  fields: {
    customfield_10080: { value: 'Major incident' },
    reporter: { accountId: 'alice' },
    customfield_10026: [{ accountId: 'bob' }],
    customfield_10002: [{ name: 'Acme' }],
    issuelinks: [{ type: { name: 'Causes' }, outwardIssue: { id: '30001', key: 'HELP-1' } }],
    comment: {
      comments: [
        { id: '1', author: agent, created: '2026-03-02T09:20:00.000+0000', jsdPublic: true },
        { id: '2', author: agent, created: '2026-03-02T09:40:00.000+0000', jsdPublic: false },
        { id: '3', author: { accountId: 'alice' }, created: '2026-03-02T09:50:00.000+0000', jsdPublic: true },
        { id: '4', author: agent, created: '2026-03-02T10:20:00.000+0000', jsdPublic: true },
      ],
    },
  },
  changelog: {
    histories: [
      {
        id: '11',
        created: '2026-03-02T09:00:00.000+0000',
        items: [{ fieldId: 'customfield_10080', toString: 'Major incident' }],
      },
      {
        id: '12',
        created: '2026-03-02T12:00:00.000+0000',
        items: [{ fieldId: 'resolution', to: '10000', toString: 'Done' }],
      },
    ],
  },
};

describe('reading a major incident from Jira', () => {
  it('takes its window, its public updates by the desk, its people and its linked requests', () => {
    const result = readIncident(incident, reading, Date.parse('2026-03-02T13:00:00Z'), null);
    if (!result.ok) throw new Error(result.reason);
    const { log } = result;
    expect(incidentWindow(log)).toEqual({
      declaredAt: Date.parse('2026-03-02T09:00:00Z'),
      resolvedAt: Date.parse('2026-03-02T12:00:00Z'),
      majorAtResolution: true,
    });
    // the internal note and the reporter's own comment are no update
    expect(log.updates.map((u) => u.id)).toEqual(['comment:1', 'comment:4']);
    expect(communicationTimeline(log, Date.parse('2026-03-02T13:00:00Z')).gapsSeconds).toEqual([
      1200, 3600, 6000,
    ]);
    expect([log.key, log.reporter, log.participants, log.organizations]).toEqual([
      'OPS-7',
      'alice',
      ['bob'],
      ['Acme'],
    ]);
    expect(result.linked).toEqual([{ id: '30001', key: 'HELP-1' }]);
  });

  it('reading the same incident twice changes nothing', () => {
    const at = Date.parse('2026-03-02T13:00:00Z');
    const once = readIncident(incident, reading, at, null);
    if (!once.ok) throw new Error(once.reason);
    expect(readIncident(incident, reading, at, once.log)).toEqual(once);
  });

  it('sees a downgrade in the changelog', () => {
    const downgraded = {
      ...incident,
      fields: { ...incident.fields, customfield_10080: null },
      changelog: {
        histories: [
          ...incident.changelog.histories,
          {
            id: '13',
            created: '2026-03-02T10:00:00.000+0000',
            items: [{ fieldId: 'customfield_10080', toString: '' }],
          },
        ],
      },
    };
    const result = readIncident(downgraded, reading, Date.parse('2026-03-02T13:00:00Z'), null);
    if (!result.ok) throw new Error(result.reason);
    expect(incidentWindow(result.log)?.majorAtResolution).toBe(false);
  });

  it('refuses a malformed incident, naming the field', () => {
    const bad = { ...incident, fields: { ...incident.fields, customfield_10026: 'bob' } };
    expect(readIncident(bad, reading, 0, null)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^fields\.customfield_10026/),
    });
    expect(readIncident({ key: 'OPS-7' }, reading, 0, null)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^issue\.id/),
    });
  });
});

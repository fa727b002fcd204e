import { incidentLinkedIssues } from '../../../src/domain/incident/issue-links';

describe('requests linked to an incident', () => {
  const causes = { name: 'Causes', inward: 'is caused by', outward: 'causes' };

  it('reads the linked requests of the named link types, each once', () => {
    const links = [
      { type: causes, outwardIssue: { id: '30001', key: 'HELP-1' } },
      { type: causes, outwardIssue: { id: 30001, key: 'HELP-1' } },
      { type: { name: 'Blocks' }, outwardIssue: { id: '40000' } },
      { type: { name: 'causes' }, inwardIssue: { id: '30002' } },
    ];
    expect(incidentLinkedIssues(links, ['Causes'])).toEqual({
      ok: true,
      issues: [{ id: '30001', key: 'HELP-1' }, { id: '30002' }],
    });
    expect(incidentLinkedIssues(undefined, ['Causes'])).toEqual({ ok: true, issues: [] });
  });

  it('refuses links of the wrong shape', () => {
    expect(incidentLinkedIssues([{ type: 'Causes' }], ['Causes'])).toEqual({
      ok: false,
      reason: 'fields.issuelinks: expected Jira issue links',
    });
  });
});

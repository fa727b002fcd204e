import { detectResolutionChange, type IssueChange } from '../../../src/domain/resolution/changelog';

const change = (items: IssueChange['items']): IssueChange => ({
  issueId: '10001',
  issueKey: 'SD-1',
  projectKey: 'SD',
  changelogId: '55',
  items,
  actorAccountId: 'agent-1',
  at: '2026-03-02T10:00:00.000Z',
});

describe('detectResolutionChange', () => {
  it('reads a resolution set by a transition as "resolved", with the resolution name', () => {
    const event = detectResolutionChange(
      change([
        { fieldId: 'status', field: 'status', to: '10002', toString: 'Resolved' },
        { fieldId: 'resolution', field: 'resolution', to: '10000', toString: 'Done' },
      ]),
    );
    expect(event).toEqual({
      kind: 'resolved',
      issueId: '10001',
      issueKey: 'SD-1',
      projectKey: 'SD',
      changelogId: '55',
      at: '2026-03-02T10:00:00.000Z',
      by: 'agent-1',
      resolution: 'Done',
    });
  });

  it('reads a cleared resolution as "reopened"', () => {
    const event = detectResolutionChange(change([{ fieldId: 'resolution', to: null, toString: null }]));
    expect(event?.kind).toBe('reopened');
    expect(event?.resolution).toBeNull();
  });

  it('ignores changes that do not touch the resolution, whatever the status name says', () => {
    expect(
      detectResolutionChange(change([{ fieldId: 'status', to: '10002', toString: 'Resolved' }])),
    ).toBeNull();
    expect(detectResolutionChange(change([]))).toBeNull();
  });
});

import { latestResolutionChange } from '../../../src/domain/resolution/from-issue';
import {
  compareChanges,
  isSuperseded,
  latestChange,
  sameResolutionMoment,
} from '../../../src/domain/resolution/latest-change';

const change = (changelogId: string, at: string) => ({ changelogId, at });

describe('the order of two changes of one issue', () => {
  it('follows the numeric changelog ids, even against the times and in the same millisecond', () => {
    expect(
      compareChanges(change('10200', '2026-03-02T10:00:00Z'), change('10199', '2026-03-02T10:00:00Z')),
    ).toBe(1);
    expect(compareChanges(change('9', '2026-03-02T10:05:00Z'), change('10', '2026-03-02T10:00:00Z'))).toBe(
      -1,
    );
    expect(compareChanges(change('10', '2026-03-02T10:00:00Z'), change('10', '2026-03-02T10:00:00Z'))).toBe(
      0,
    );
  });

  it('falls back to the times, then the ids as text, when an id is not numeric', () => {
    expect(
      compareChanges(change('b', '2026-03-02T10:00:00Z'), change('a', '2026-03-02T10:01:00Z')),
    ).toBeLessThan(0);
    expect(
      compareChanges(change('b', '2026-03-02T10:00:00Z'), change('a', '2026-03-02T10:00:00Z')),
    ).toBeGreaterThan(0);
  });

  it('calls a resolution superseded when a newer change is known, and not by itself or older ones', () => {
    const resolved = change('101', '2026-03-02T09:00:00Z');
    const reopened = change('102', '2026-03-02T09:02:00Z');
    expect(isSuperseded(resolved, [reopened])).toBe(true);
    expect(isSuperseded(reopened, [resolved])).toBe(false);
    expect(isSuperseded(resolved, [resolved])).toBe(false);
    expect(isSuperseded(resolved, [])).toBe(false);
    expect(latestChange([reopened, resolved])).toBe(reopened);
    expect(latestChange([])).toBeNull();
  });

  it('reads the event time and the resolution date as one moment within a minute', () => {
    expect(sameResolutionMoment('2026-03-02T09:00:00.000Z', '2026-03-02T09:00:59.000Z')).toBe(true);
    expect(sameResolutionMoment('2026-03-02T09:00:00.000Z', '2026-03-02T09:01:01.000Z')).toBe(false);
  });
});

describe('the latest resolution change in an issue changelog', () => {
  const history = (id: number, created: string, to: string | null) => ({
    id: String(id),
    created,
    author: { accountId: 'agent-1' },
    items: [
      { fieldId: 'status', field: 'status', to: '3', toString: 'Done' },
      { fieldId: 'resolution', field: 'resolution', to, toString: to ? 'Done' : null },
    ],
  });
  const issue = (histories: unknown[]) => ({ id: '10001', key: 'SD-1', changelog: { histories } });

  it('is the newest history that sets or clears the resolution, read as the trigger reads an event', () => {
    const resolvedAgain = issue([
      history(300, '2026-03-02T11:00:00.000+0100', '10000'),
      history(301, '2026-03-02T11:30:00.000+0100', null),
      { id: '302', created: '2026-03-02T11:40:00.000+0100', items: [{ fieldId: 'priority', to: '2' }] },
      history(303, '2026-03-02T11:50:00.000+0100', '10000'),
    ]);
    expect(latestResolutionChange(resolvedAgain, 'SD')).toEqual({
      kind: 'resolved',
      issueId: '10001',
      issueKey: 'SD-1',
      projectKey: 'SD',
      changelogId: '303',
      at: '2026-03-02T10:50:00.000Z',
      by: 'agent-1',
      resolution: 'Done',
    });
    const reopened = issue([
      history(300, '2026-03-02T10:00:00.000Z', '10000'),
      history(301, '2026-03-02T10:30:00.000Z', null),
    ]);
    expect(latestResolutionChange(reopened, 'SD')?.kind).toBe('reopened');
  });

  it('is null without a resolution change, without a changelog, or for another shape', () => {
    expect(latestResolutionChange(issue([]), 'SD')).toBeNull();
    expect(latestResolutionChange({ id: '1', key: 'SD-1' }, 'SD')).toBeNull();
    expect(latestResolutionChange({ key: 'SD-1' }, 'SD')).toBeNull();
  });
});

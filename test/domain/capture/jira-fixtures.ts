/** REST v3 shapes as Jira returns them (offsets written `+hhmm`), trimmed to what matters here. */

export const REPORTER = 'customer-1';
export const AGENT = 'agent-1';
export const AUTOMATION_APP = 'automation-app';
export const BOT_PERSON = 'bot-person';
export const PARTICIPANT = 'customer-2';

/** `2026-01-05T09:00:00.000+0000` plus a number of minutes, as Jira writes it. */
export const at = (minutes: number): string =>
  new Date(Date.parse('2026-01-05T09:00:00.000Z') + minutes * 60_000).toISOString().replace('Z', '+0000');

export const DAY = 24 * 60;

const user = (accountId: string, accountType: string) => ({ accountId, accountType, displayName: accountId });

export function restIssue(overrides: Record<string, unknown> = {}) {
  return {
    id: '10001',
    key: 'SD-1',
    fields: {
      created: at(0),
      resolutiondate: null,
      priority: { id: '2', name: 'High' },
      assignee: user(AGENT, 'atlassian'),
      reporter: user(REPORTER, 'customer'),
      issuetype: { id: '10004', name: 'Service Request' },
      project: { key: 'SD' },
      customfield_10010: { requestType: { id: '7', name: 'Get IT help' } },
      customfield_10002: [{ id: '1', name: 'Finance' }],
      customfield_10001: { id: 'team-desk-a', name: 'Desk A', title: 'Desk A' },
      ...overrides,
    },
  };
}

export function comment(
  id: string,
  minutes: number,
  author: string,
  accountType: 'atlassian' | 'app' | 'customer',
  jsdPublic = true,
) {
  return { id, author: user(author, accountType), created: at(minutes), jsdPublic, body: { type: 'doc' } };
}

export function resolutionHistory(id: string, minutes: number, resolved: boolean) {
  return {
    id,
    created: at(minutes),
    items: [
      resolved
        ? {
            fieldId: 'resolution',
            field: 'resolution',
            from: null,
            fromString: null,
            to: '10000',
            toString: 'Done',
          }
        : {
            fieldId: 'resolution',
            field: 'resolution',
            from: '10000',
            fromString: 'Done',
            to: null,
            toString: null,
          },
    ],
  };
}

export function statusHistory(id: string, minutes: number) {
  return {
    id,
    created: at(minutes),
    items: [
      { fieldId: 'status', field: 'status', from: '1', fromString: 'Open', to: '3', toString: 'In Progress' },
    ],
  };
}

export function worklog(id: string, seconds: number, minutes = 30) {
  return { id, issueId: '10001', timeSpentSeconds: seconds, created: at(minutes), updated: at(minutes) };
}

/** The ISO form canonical records carry for `at(minutes)`. */
export const iso = (minutes: number): string => new Date(Date.parse(at(minutes))).toISOString();

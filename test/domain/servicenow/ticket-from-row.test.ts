import { DEFAULT_MAPPING, mappingSchema, ticketFromRow } from '../../../src/domain/servicenow';
import { AGENT, CALLER, GROUP, INCIDENT_A, INCIDENT_B, SLA_RESOLUTION_A, SLA_RESPONSE_A } from './fixtures';

const [INCIDENTS, REQUESTS] = DEFAULT_MAPPING.tickets as [
  (typeof DEFAULT_MAPPING.tickets)[0],
  (typeof DEFAULT_MAPPING.tickets)[0],
];

describe('incident rows → tickets (stock mapping)', () => {
  it('converts fixture A with its response SLA: human first response, first resolution, no reopen', () => {
    expect(ticketFromRow(INCIDENT_A, INCIDENTS, DEFAULT_MAPPING, [SLA_RESPONSE_A, SLA_RESOLUTION_A])).toEqual(
      {
        ok: true,
        notes: [],
        record: {
          type: 'ticket',
          source: 'servicenow',
          id: '9d385017c611228701d22104cc95c371',
          key: 'INC0010001',
          kind: 'incident',
          priority: 'Moderate',
          requestType: 'software',
          assignee: AGENT,
          team: GROUP,
          reporter: CALLER,
          createdAt: '2025-03-03T08:15:00.000Z',
          firstResponseAt: '2025-03-03T08:21:30.000Z',
          firstResponseBy: 'human',
          resolvedAt: '2025-03-03T09:02:10.000Z',
        },
      },
    );
  });

  it('converts fixture B (in progress, reopened, no reopened_time in the fields) and says what is unknown', () => {
    expect(ticketFromRow(INCIDENT_B, INCIDENTS, DEFAULT_MAPPING, [])).toEqual({
      ok: true,
      notes: ['reopened without reopened_time: first resolution and reopen time unknown, left unresolved'],
      record: {
        type: 'ticket',
        source: 'servicenow',
        id: 'e8caedcbc0a80164017df472f39eaed1',
        key: 'INC0010002',
        kind: 'incident',
        priority: 'Moderate',
        requestType: 'software',
        assignee: AGENT,
        team: GROUP,
        reporter: CALLER,
        createdAt: '2025-03-04T10:00:00.000Z',
      },
    });
  });

  it('takes a reopened ticket first resolution from its resolution SLA, never a later resolved_at', () => {
    const reopened = {
      ...INCIDENT_A,
      state: '6',
      reopen_count: '1',
      reopened_time: '2025-03-04 09:00:00',
      resolved_at: '2025-03-04 12:00:00',
      closed_at: '',
    };
    const withSla = ticketFromRow(reopened, INCIDENTS, DEFAULT_MAPPING, [SLA_RESOLUTION_A]);
    expect(withSla).toMatchObject({
      ok: true,
      notes: [],
      record: { resolvedAt: '2025-03-03T09:02:10.000Z', reopenedAt: ['2025-03-04T09:00:00.000Z'] },
    });
    const withoutSla = ticketFromRow(reopened, INCIDENTS, DEFAULT_MAPPING, []);
    expect(withoutSla).toMatchObject({
      ok: true,
      notes: [
        'first resolution not recorded (resolved_at holds a later one or none, no completed resolution SLA): left unresolved',
      ],
      record: { reopenedAt: ['2025-03-04T09:00:00.000Z'] },
    });
    expect(withoutSla.ok && withoutSla.record.resolvedAt).toBeUndefined();
    // An instance that kept the first resolution in resolved_at (before the only reopen) is believed.
    const kept = ticketFromRow(
      { ...reopened, resolved_at: '2025-03-03 09:30:00' },
      INCIDENTS,
      DEFAULT_MAPPING,
    );
    expect(kept).toMatchObject({ ok: true, record: { resolvedAt: '2025-03-03T09:30:00.000Z' } });
    const twice = ticketFromRow({ ...reopened, reopen_count: '2' }, INCIDENTS, DEFAULT_MAPPING, [
      SLA_RESOLUTION_A,
    ]);
    expect(twice).toMatchObject({
      ok: true,
      notes: ['reopened 2 times; only the last reopen time is recorded'],
    });
  });

  it('tells an automated first response apart by who stopped the SLA, and leaves it open when not recorded', () => {
    const bySystem = { ...SLA_RESPONSE_A, sys_updated_by: 'system' };
    expect(ticketFromRow(INCIDENT_A, INCIDENTS, DEFAULT_MAPPING, [bySystem])).toMatchObject({
      ok: true,
      record: { firstResponseBy: 'automation' },
    });
    const { sys_updated_by: _hidden, ...unrecorded } = SLA_RESPONSE_A;
    const result = ticketFromRow(INCIDENT_A, INCIDENTS, DEFAULT_MAPPING, [unrecorded]);
    expect(result).toMatchObject({ ok: true, record: { firstResponseAt: '2025-03-03T08:21:30.000Z' } });
    expect(result.ok && 'firstResponseBy' in result.record).toBe(false);
  });

  it('uses only completed SLAs of the response target, earliest first', () => {
    const running = { ...SLA_RESPONSE_A, stage: 'in_progress', end_time: '2025-03-03 08:16:00' };
    const later = { ...SLA_RESPONSE_A, sys_id: 'later', end_time: '2025-03-03 08:40:00' };
    const result = ticketFromRow(INCIDENT_A, INCIDENTS, DEFAULT_MAPPING, [later, running, SLA_RESPONSE_A]);
    expect(result).toMatchObject({ ok: true, record: { firstResponseAt: '2025-03-03T08:21:30.000Z' } });
  });

  it('names an SLA row whose stop time cannot be read, and drops a first response before creation', () => {
    const broken = { ...SLA_RESPONSE_A, end_time: 'soon' };
    expect(ticketFromRow(INCIDENT_A, INCIDENTS, DEFAULT_MAPPING, [broken])).toMatchObject({
      ok: true,
      notes: [
        'task_sla 20000000000000000000000000000001: end_time "soon" is not a raw UTC date-time (YYYY-MM-DD HH:mm:ss; export with sysparm_display_value=false)',
      ],
    });
    const early = { ...SLA_RESPONSE_A, end_time: '2025-03-03 08:00:00' };
    expect(ticketFromRow(INCIDENT_A, INCIDENTS, DEFAULT_MAPPING, [early])).toMatchObject({
      ok: true,
      notes: ['first response 2025-03-03T08:00:00.000Z precedes creation: left out'],
    });
  });

  it('reads dot-walked display names first, priority labels, major incidents and the picked handle-time field', () => {
    const mapping = mappingSchema.parse({
      tickets: [{ table: 'incident', kind: 'incident', handleTime: { field: 'time_worked' } }],
    });
    const row = {
      ...INCIDENT_A,
      priority: '1',
      'assignment_group.name': 'Service Desk',
      'company.name': 'ACME North America',
      department: 'dept-sys-id',
      major_incident_state: 'accepted',
      time_worked: '1970-01-01 00:47:10',
    };
    expect(ticketFromRow(row, mapping.tickets[0]!, mapping)).toMatchObject({
      ok: true,
      record: {
        priority: 'Critical',
        team: 'Service Desk',
        organization: 'ACME North America',
        majorIncident: true,
        handleSeconds: 2830,
      },
    });
    expect(ticketFromRow({ ...row, major_incident_state: '' }, mapping.tickets[0]!, mapping)).toMatchObject({
      ok: true,
      record: { majorIncident: false },
    });
  });

  it('excludes canceled incidents by state, with the reason', () => {
    expect(ticketFromRow({ ...INCIDENT_A, state: '8' }, INCIDENTS, DEFAULT_MAPPING)).toEqual({
      ok: false,
      excluded: true,
      reason: 'state 8 is excluded by the mapping',
    });
  });

  it('refuses rows it cannot use, naming the field', () => {
    const reasonOf = (row: Record<string, string>) => {
      const result = ticketFromRow(row, INCIDENTS, DEFAULT_MAPPING);
      return result.ok ? 'ok' : result.reason;
    };
    expect(reasonOf({ ...INCIDENT_A, sys_id: '' })).toBe(
      'sys_id: missing, the row cannot be told apart from others',
    );
    expect(reasonOf({ ...INCIDENT_A, opened_at: '' })).toBe(
      'opened_at/sys_created_on: empty, no creation time',
    );
    expect(reasonOf({ ...INCIDENT_A, opened_at: '3 March 2025' })).toBe(
      'opened_at: "3 March 2025" is not a raw UTC date-time (YYYY-MM-DD HH:mm:ss; export with sysparm_display_value=false)',
    );
    expect(reasonOf({ ...INCIDENT_A, reopen_count: 'x' })).toBe('reopen_count: "x" is not a number');
    expect(reasonOf({ ...INCIDENT_A, resolved_at: '2025-03-01 00:00:00' })).toBe(
      'ticket resolvedAt: resolvedAt is before createdAt',
    );
  });
});

describe('requested item rows → tickets (stock mapping)', () => {
  const item = {
    sys_id: 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff',
    number: 'RITM0010001',
    state: '3',
    opened_at: '2025-03-03 08:00:00',
    closed_at: '2025-03-05 16:30:00',
    'cat_item.name': 'Standard Laptop',
    requested_for: CALLER,
    assignment_group: GROUP,
    sys_updated_on: '2025-03-05 16:30:00',
  };

  it('gives time to value when Closed Complete, resolution (closing) either way', () => {
    expect(ticketFromRow(item, REQUESTS, DEFAULT_MAPPING)).toEqual({
      ok: true,
      notes: [],
      record: {
        type: 'ticket',
        source: 'servicenow',
        id: 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff',
        key: 'RITM0010001',
        kind: 'request',
        requestType: 'Standard Laptop',
        team: GROUP,
        reporter: CALLER,
        createdAt: '2025-03-03T08:00:00.000Z',
        resolvedAt: '2025-03-05T16:30:00.000Z',
        valueAt: '2025-03-05T16:30:00.000Z',
      },
    });
    const incomplete = ticketFromRow({ ...item, state: '4' }, REQUESTS, DEFAULT_MAPPING);
    expect(incomplete.ok && incomplete.record).toMatchObject({ resolvedAt: '2025-03-05T16:30:00.000Z' });
    expect(incomplete.ok && 'valueAt' in incomplete.record).toBe(false);
  });
});

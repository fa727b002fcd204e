import { basic, call, emptyInstance, ORIGIN, rows } from './fixture';

/** Two incidents shaped like servicenow.md's fixture, and their group. */
function fixtureInstance() {
  const instance = emptyInstance();
  const group = instance.insert('sys_user_group', { name: 'Service Desk' });
  const a = instance.insert('incident', {
    number: 'INC0010001',
    state: '7',
    priority: '3',
    opened_at: '2025-03-03 08:15:00',
    resolved_at: '2025-03-03 09:02:10',
    closed_at: '2025-03-06 09:05:00',
    reopen_count: '0',
    assignment_group: group.sys_id as string,
    contact_type: 'phone',
    calendar_stc: '2830',
  });
  const b = instance.insert('incident', {
    number: 'INC0010002',
    state: '2',
    priority: '3',
    opened_at: '2025-03-04 10:00:00',
    reopen_count: '1',
    contact_type: 'email',
  });
  return { instance, group, a, b };
}

const FIELDS = 'sys_id,number,state,priority,resolved_at,reopen_count,assignment_group,calendar_stc';

describe('simulated ServiceNow: Table API reads', () => {
  it('answers the v2 envelope, every value a string and "" for empty, references bare with exclude_reference_link', async () => {
    const { instance, group, a, b } = fixtureInstance();
    const answer = await call(
      instance,
      `/api/now/v2/table/incident?sysparm_fields=${FIELDS}&sysparm_exclude_reference_link=true`,
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    expect(answer.body).toEqual({
      result: [
        {
          sys_id: a.sys_id,
          number: 'INC0010001',
          state: '7',
          priority: '3',
          resolved_at: '2025-03-03 09:02:10',
          reopen_count: '0',
          assignment_group: group.sys_id,
          calendar_stc: '2830',
        },
        {
          sys_id: b.sys_id,
          number: 'INC0010002',
          state: '2',
          priority: '3',
          resolved_at: '',
          reopen_count: '1',
          assignment_group: '',
          calendar_stc: '',
        },
      ],
    });
    expect(answer.headers.get('x-total-count')).toBe('2');
    expect(answer.headers.get('link')).toBeNull();
  });

  it('gives every field without sysparm_fields, ignores unknown names, and keeps dot-walked keys literal', async () => {
    const { instance, a } = fixtureInstance();
    const all = rows(await call(instance, '/api/now/v2/table/incident?sysparm_limit=1'));
    expect(Object.keys(all[0] ?? {})).toEqual(
      expect.arrayContaining(['sys_id', 'sys_updated_on', 'caller_id', 'reopened_time']),
    );
    expect(
      Object.values(all[0] ?? {}).every((value) => typeof value === 'string' || typeof value === 'object'),
    ).toBe(true);
    const walked = await call(
      instance,
      '/api/now/v2/table/incident?sysparm_fields=number,assignment_group.name,no_such_field,caller_id.name&sysparm_limit=1',
    );
    expect(rows(walked)).toEqual([
      { number: a.number, 'assignment_group.name': 'Service Desk', 'caller_id.name': '' },
    ]);
  });

  it('links references by default, and gives display values on request', async () => {
    const { instance, group } = fixtureInstance();
    const path = '/api/now/v2/table/incident?sysparm_fields=state,assignment_group&sysparm_limit=1';
    expect(rows(await call(instance, path))).toEqual([
      {
        state: '7',
        assignment_group: {
          link: `${ORIGIN}/api/now/table/sys_user_group/${group.sys_id}`,
          value: group.sys_id,
        },
      },
    ]);
    expect(
      rows(await call(instance, `${path}&sysparm_display_value=all&sysparm_exclude_reference_link=true`)),
    ).toEqual([
      {
        state: { display_value: 'Closed', value: '7' },
        assignment_group: { display_value: 'Service Desk', value: group.sys_id },
      },
    ]);
    expect(
      rows(await call(instance, `${path}&sysparm_display_value=true&sysparm_exclude_reference_link=true`)),
    ).toEqual([{ state: 'Closed', assignment_group: 'Service Desk' }]);
  });

  it('answers a single record as an object, and 404 for a missing one', async () => {
    const { instance, a } = fixtureInstance();
    const one = await call(instance, `/api/now/v2/table/incident/${a.sys_id}?sysparm_fields=number`);
    expect(one).toMatchObject({ status: 200, body: { result: { number: 'INC0010001' } } });
    expect(await call(instance, '/api/now/v2/table/incident/0123456789abcdef0123456789abcdef')).toMatchObject(
      {
        status: 404,
        body: {
          error: {
            message: 'No Record found',
            detail: "Record doesn't exist or ACL restricts the record retrieval",
          },
          status: 'failure',
        },
      },
    );
  });

  it('answers an empty result with 200 and [] on v2, 404 on v1', async () => {
    const { instance } = fixtureInstance();
    const query = 'sysparm_query=number=INC9999999';
    expect(await call(instance, `/api/now/v2/table/incident?${query}`)).toMatchObject({
      status: 200,
      body: { result: [] },
    });
    expect(await call(instance, `/api/now/table/incident?${query}`)).toMatchObject({
      status: 404,
      body: { error: { message: 'No Record found' }, status: 'failure' },
    });
    expect(rows(await call(instance, '/api/now/table/incident?sysparm_fields=number'))).toHaveLength(2);
  });

  it('refuses with ServiceNow error shapes: 401, 403, 404 table, 405, 406, 400', async () => {
    const { instance } = fixtureInstance();
    const unauthenticated = {
      status: 401,
      body: {
        error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' },
        status: 'failure',
      },
    };
    expect(await call(instance, '/api/now/v2/table/incident', { auth: null })).toMatchObject(unauthenticated);
    expect(
      await call(instance, '/api/now/v2/table/incident', { auth: basic('cx.metrics', 'wrong') }),
    ).toMatchObject(unauthenticated);
    expect(await call(instance, '/api/now/v2/table/incident', { auth: 'Bearer not-a-token' })).toMatchObject(
      unauthenticated,
    );
    expect(
      await call(instance, '/api/now/v2/table/incident', { auth: basic('no.roles', 'no-roles') }),
    ).toMatchObject({
      status: 403,
      body: {
        error: {
          message: 'User Not Authorized',
          detail: 'Read access to incident is not granted to no.roles',
        },
        status: 'failure',
      },
    });
    // Tables anyone may read stay readable without roles.
    expect(
      (await call(instance, '/api/now/v2/table/sys_user_group', { auth: basic('no.roles', 'no-roles') }))
        .status,
    ).toBe(200);
    expect(await call(instance, '/api/now/v2/table/incidnet')).toMatchObject({
      status: 404,
      body: { error: { message: 'Invalid table incidnet', detail: null }, status: 'failure' },
    });
    expect((await call(instance, '/api/now/v2/table/incident', { method: 'POST', body: '{}' })).status).toBe(
      405,
    );
    expect(
      (await call(instance, '/api/now/v2/table/incident', { headers: { accept: 'application/xml' } })).status,
    ).toBe(406);
    expect(await call(instance, '/api/now/v2/table/incident?sysparm_limit=ten')).toMatchObject({
      status: 400,
      body: { error: { message: 'sysparm_limit and sysparm_offset must be non-negative integers' } },
    });
    expect((await call(instance, '/api/now/v2/nothing')).status).toBe(400);
  });

  it('hides fields a field ACL denies, without an error', async () => {
    const { instance } = fixtureInstance();
    instance.access.fields.push({ table: 'incident', field: 'calendar_stc', unlessRoles: ['admin'] });
    const answer = await call(
      instance,
      '/api/now/v2/table/incident?sysparm_fields=number,calendar_stc&sysparm_limit=1',
    );
    expect(rows(answer)).toEqual([{ number: 'INC0010001' }]);
    const admin = await call(
      instance,
      '/api/now/v2/table/incident?sysparm_fields=number,calendar_stc&sysparm_limit=1',
      {
        auth: basic('admin', 'admin'),
      },
    );
    expect(rows(admin)).toEqual([{ number: 'INC0010001', calendar_stc: '2830' }]);
  });
});

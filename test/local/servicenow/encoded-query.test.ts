import { call, clock, emptyInstance, rows } from './fixture';

/** Five incidents updated a second apart (sys_updated_on = clock), numbers INC1…INC5. */
function instanceWithIncidents() {
  const time = clock();
  const instance = emptyInstance(time);
  const hr = instance.insert('sys_user_group', { name: 'HR' });
  const desk = instance.insert('sys_user_group', { name: 'Desk' });
  const incidents = [1, 2, 3, 4, 5].map((n) => {
    time.advance(1);
    return instance.insert('incident', {
      number: `INC${n}`,
      priority: String(((n - 1) % 3) + 1),
      reopen_count: String(n === 5 ? 10 : n % 2),
      assignment_group: (n <= 2 ? hr : desk).sys_id as string,
    });
  });
  return { instance, incidents, time };
}

const numbers = async (instance: ReturnType<typeof emptyInstance>, query: string, table = 'incident') =>
  rows(
    await call(
      instance,
      `/api/now/v2/table/${table}?sysparm_fields=number&sysparm_query=${encodeURIComponent(query)}`,
    ),
  ).map((row) => row.number);

describe('simulated ServiceNow: encoded queries', () => {
  it('ANDs with ^ and compares date-times in their raw UTC form with >=, > and =', async () => {
    const { instance, incidents } = instanceWithIncidents();
    const third = incidents[2]?.sys_updated_on as string;
    expect(third).toBe('2025-06-02 12:00:03');
    expect(await numbers(instance, `sys_updated_on>=${third}`)).toEqual(['INC3', 'INC4', 'INC5']);
    expect(await numbers(instance, `sys_updated_on>${third}`)).toEqual(['INC4', 'INC5']);
    expect(await numbers(instance, `sys_updated_on=${third}`)).toEqual(['INC3']);
    expect(await numbers(instance, `sys_updated_on>=${third}^priority=1`)).toEqual(['INC4']);
  });

  it('compares integers as numbers, not text', async () => {
    const { instance } = instanceWithIncidents();
    // "10" > "2" only numerically
    expect(await numbers(instance, 'reopen_count>1')).toEqual(['INC5']);
    expect(await numbers(instance, 'reopen_count>=1')).toEqual(['INC1', 'INC3', 'INC5']);
  });

  it('matches IN lists, and sorts with chained ORDERBY / ORDERBYDESC', async () => {
    const { instance } = instanceWithIncidents();
    expect(await numbers(instance, 'numberININC2,INC4,INC9')).toEqual(['INC2', 'INC4']);
    expect(await numbers(instance, 'ORDERBYpriority^ORDERBYDESCnumber')).toEqual([
      'INC4',
      'INC1',
      'INC5',
      'INC2',
      'INC3',
    ]);
    expect(await numbers(instance, 'ORDERBYDESCsys_updated_on')).toEqual([
      'INC5',
      'INC4',
      'INC3',
      'INC2',
      'INC1',
    ]);
  });

  it('dot-walks references in queries and sorting', async () => {
    const { instance } = instanceWithIncidents();
    expect(await numbers(instance, 'assignment_group.name=HR')).toEqual(['INC1', 'INC2']);
    expect(await numbers(instance, 'ORDERBYassignment_group.name^ORDERBYDESCnumber')).toEqual([
      'INC5',
      'INC4',
      'INC3',
      'INC2',
      'INC1',
    ]);
  });

  it('dot-walks through a task reference to the record class, as the SLA query does', async () => {
    const { instance, incidents } = instanceWithIncidents();
    const item = instance.insert('sc_req_item', { number: 'RITM1' });
    for (const task of [incidents[0], item])
      instance.insert('task_sla', { task: task?.sys_id as string, stage: 'completed' });
    const tasks = rows(
      await call(
        instance,
        `/api/now/v2/table/task_sla?sysparm_fields=task.number&sysparm_query=${encodeURIComponent('task.sys_class_name=incident')}`,
      ),
    );
    expect(tasks).toEqual([{ 'task.number': 'INC1' }]);
  });

  it('joins ^OR to the term before and ^NQ starts a new OR-group', async () => {
    const { instance } = instanceWithIncidents();
    expect(await numbers(instance, 'number=INC1^ORnumber=INC3^priority=1')).toEqual(['INC1']);
    expect(await numbers(instance, 'number=INC1^NQnumber=INC3')).toEqual(['INC1', 'INC3']);
  });

  it('drops a term on an unknown field silently, so more rows come back', async () => {
    const { instance } = instanceWithIncidents();
    expect(await numbers(instance, 'numbr=INC1')).toEqual(['INC1', 'INC2', 'INC3', 'INC4', 'INC5']);
    expect(await numbers(instance, 'numbr=INC1^priority=2')).toEqual(['INC2', 'INC5']);
  });

  it('filters by plain field=value parameters too', async () => {
    const { instance } = instanceWithIncidents();
    expect(rows(await call(instance, '/api/now/v2/table/incident?sysparm_fields=number&priority=3'))).toEqual(
      [{ number: 'INC3' }],
    );
  });

  it('refuses operators and scripts it does not evaluate, naming the term', async () => {
    const { instance } = instanceWithIncidents();
    const query =
      "sys_created_onBETWEENjavascript:gs.dateGenerate('2015-10-07','00:00:00')@javascript:gs.daysAgoEnd(0)";
    expect(
      await call(instance, `/api/now/v2/table/incident?sysparm_query=${encodeURIComponent(query)}`),
    ).toMatchObject({
      status: 400,
      body: { error: { message: `The simulated instance does not evaluate the query term "${query}"` } },
    });
    const script = "sys_updated_on>=javascript:gs.dateGenerate('2025-03-01','00:00:00')";
    expect(
      (await call(instance, `/api/now/v2/table/incident?sysparm_query=${encodeURIComponent(script)}`)).body,
    ).toMatchObject({
      error: { message: `The simulated instance does not run scripts in queries: "${script}"` },
    });
  });
});

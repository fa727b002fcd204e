import { defaultAccessRules } from '../../../src/local/servicenow';
import { basic, call, clock, emptyInstance, ORIGIN, rows } from './fixture';

/** Ten incidents INC0…INC9, those with an odd number assigned to a group hidden from the service account. */
function instanceWithHiddenRows() {
  const time = clock();
  const instance = emptyInstance(time);
  const hidden = instance.insert('sys_user_group', { name: 'HR Service Delivery' });
  for (let n = 0; n < 10; n++) {
    time.advance(1);
    instance.insert('incident', {
      number: `INC${n}`,
      assignment_group: n % 2 === 1 ? (hidden.sys_id as string) : '',
    });
  }
  instance.access = defaultAccessRules(hidden.sys_id as string);
  return instance;
}

const page = async (
  instance: ReturnType<typeof emptyInstance>,
  offset: number,
  limit: number,
  extra = '',
) => {
  const answer = await call(
    instance,
    `/api/now/v2/table/incident?sysparm_fields=number&sysparm_query=ORDERBYnumber&sysparm_limit=${limit}&sysparm_offset=${offset}${extra}`,
  );
  return { numbers: rows(answer).map((row) => row.number), headers: answer.headers };
};

describe('simulated ServiceNow: paging', () => {
  it('applies the limit before row ACLs: short pages, and an empty one, while more rows exist', async () => {
    const instance = instanceWithHiddenRows();
    expect((await page(instance, 0, 3)).numbers).toEqual(['INC0', 'INC2']);
    expect((await page(instance, 3, 3)).numbers).toEqual(['INC4']);
    // INC7 alone on its page, and hidden: nothing comes back, yet INC8 follows.
    expect((await page(instance, 7, 1)).numbers).toEqual([]);
    expect((await page(instance, 8, 1)).numbers).toEqual(['INC8']);
    // X-Total-Count counts the query's rows before ACLs.
    expect((await page(instance, 0, 3)).headers.get('x-total-count')).toBe('10');
    // A caller with the role sees every row.
    const admin = await call(instance, '/api/now/v2/table/incident?sysparm_fields=number&sysparm_limit=3', {
      auth: basic('admin', 'admin'),
    });
    expect(rows(admin)).toHaveLength(3);
  });

  it('links first, prev, next and last pages, leaving out what does not exist', async () => {
    const instance = instanceWithHiddenRows();
    const base = `${ORIGIN}/api/now/v2/table/incident?sysparm_fields=number&sysparm_query=ORDERBYnumber`;
    const link = (offset: number, rel: string) =>
      `<${base}&sysparm_limit=4&sysparm_offset=${offset}>;rel="${rel}"`;
    expect((await page(instance, 0, 4)).headers.get('link')).toBe(
      [link(0, 'first'), link(4, 'next'), link(8, 'last')].join(','),
    );
    expect((await page(instance, 4, 4)).headers.get('link')).toBe(
      [link(0, 'first'), link(0, 'prev'), link(8, 'next'), link(8, 'last')].join(','),
    );
    expect((await page(instance, 8, 4)).headers.get('link')).toBe(
      [link(0, 'first'), link(4, 'prev'), link(8, 'last')].join(','),
    );
    // One page holds everything: no Link at all.
    expect((await page(instance, 0, 10)).headers.get('link')).toBeNull();
  });

  it('leaves out the count with sysparm_no_count and the links with sysparm_suppress_pagination_header', async () => {
    const instance = instanceWithHiddenRows();
    const quiet = await page(
      instance,
      0,
      4,
      '&sysparm_no_count=true&sysparm_suppress_pagination_header=true',
    );
    expect(quiet.headers.get('x-total-count')).toBeNull();
    expect(quiet.headers.get('link')).toBeNull();
  });

  it('defaults to 10,000 rows a page from offset 0', async () => {
    const instance = instanceWithHiddenRows();
    const answer = await call(instance, '/api/now/v2/table/incident?sysparm_fields=number', {
      auth: basic('admin', 'admin'),
    });
    expect(rows(answer)).toHaveLength(10);
    expect(answer.headers.get('link')).toBeNull();
  });
});

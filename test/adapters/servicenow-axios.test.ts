import { axiosServiceNowHttp } from '../../src/adapters/servicenow/axios-http';
import { connectorTables, syncTables, TransportError, type ReadOutcome } from '../../src/app/servicenow';
import { convertTables, mappingSchema, type TableRow } from '../../src/domain/servicenow';
import { serveInstance } from '../../src/local/servicenow';
import { clock, seeded } from '../local/servicenow/fixture';
import { clockTimer, connect, PASSWORD_GRANT } from '../support/servicenow';

describe('ServiceNow over axios against the simulated instance', () => {
  const world = seeded(clock(), 21);
  let server: Awaited<ReturnType<typeof serveInstance>>;
  beforeAll(async () => {
    server = await serveInstance(world.instance);
  });
  afterAll(async () => {
    await server.close();
  });

  it('exchanges JSON and forms: every status answered, header names in lower case', async () => {
    const http = axiosServiceNowHttp(`${server.url}/`);
    const token = await http.send({
      method: 'POST',
      path: '/oauth_token.do',
      headers: { Accept: 'application/json' },
      form: {
        grant_type: 'password',
        client_id: 'cx-metrics-client',
        client_secret: 'cx-metrics-secret',
        username: 'cx.metrics',
        password: 'cx-metrics-demo',
      },
    });
    expect(token).toMatchObject({ status: 200, body: { token_type: 'Bearer', expires_in: 1800 } });
    const page = await http.send({
      method: 'GET',
      path: '/api/now/v2/table/incident?sysparm_limit=2&sysparm_fields=number',
      headers: {
        Accept: 'application/json',
        Authorization: `Bearer ${(token.body as { access_token: string }).access_token}`,
      },
    });
    expect(page.status).toBe(200);
    expect(page.headers['x-total-count']).toMatch(/^\d+$/);
    expect(page.headers.link).toContain('rel="next"');
    expect((page.body as { result: unknown[] }).result).toHaveLength(2);
    const refused = await http.send({ method: 'GET', path: '/api/now/v2/table/incident', headers: {} });
    expect(refused).toMatchObject({
      status: 401,
      body: { error: { message: 'User Not Authenticated' }, status: 'failure' },
    });
  });

  it('throws a TransportError without the URL when nothing answers', async () => {
    const closed = await serveInstance(world.instance);
    await closed.close();
    const http = axiosServiceNowHttp(closed.url);
    const error = await http
      .send({
        method: 'GET',
        path: '/api/now/v2/table/incident',
        headers: { Authorization: 'Basic c2VjcmV0' },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as Error).message).toBe('no answer from the instance (ECONNREFUSED)');
  });

  it('syncs the mapped tables and converts them: one ticket per visible incident and item, answers mapped', async () => {
    const { summary, time } = world;
    const mapping = mappingSchema.parse({
      surveys: {
        questions: [
          { metric: summary.survey.csat, survey: 'csat' },
          { metric: summary.survey.nps, survey: 'nps' },
          { metric: summary.survey.ces, survey: 'ces', inverted: true },
        ],
        comments: [{ metric: summary.survey.comment }],
      },
    });
    const { client } = connect(axiosServiceNowHttp(server.url), clockTimer(time).timer, PASSWORD_GRANT);
    const tables: Record<string, TableRow[]> = {};
    const outcomes: ReadOutcome[] = await syncTables(
      client,
      connectorTables(mapping).map((spec) => ({ spec, watermark: null })),
      { pageSize: 100 },
      async (table, rows) => {
        (tables[table] ??= []).push(...rows);
      },
    );
    expect(outcomes.map((o) => [o.table, o.done, o.error?.message ?? null])).toEqual([
      ['incident', true, null],
      ['sc_req_item', true, null],
      ['task_sla', true, null],
      ['asmt_metric_result', true, null],
    ]);
    const out = convertTables(tables, mapping);
    const instance = world.instance;
    const visible = instance.rows('incident').filter((row) => row.assignment_group !== summary.hrGroup);
    const canceled = visible.filter((row) => row.state === '8').length;
    const tickets = out.records.filter((record) => record.type === 'ticket');
    expect(tickets).toHaveLength(visible.length - canceled + instance.rows('sc_req_item').length);
    expect(out.excluded.map((report) => report.message)).toEqual(
      Array(canceled).fill('state 8 is excluded by the mapping'),
    );
    // Survey results exist for every answered instance; those about HR incidents point at tickets the
    // account cannot see, but each still converts (the ticket id comes from the trigger).
    const results = instance.rows('asmt_metric_result');
    const responses = out.records.filter((record) => record.type === 'response');
    const comments = results.filter((row) => row.metric === summary.survey.comment).length;
    expect(responses).toHaveLength(results.length - comments);
    expect(responses.filter((record) => 'comment' in record)).toHaveLength(comments);
    // The SLA rows of the incidents an ACL hides are readable, and named as rows of tickets not read.
    const hidden = new Set(
      instance
        .rows('incident')
        .filter((row) => row.assignment_group === summary.hrGroup)
        .map((row) => row.sys_id),
    );
    const hiddenSlas = instance
      .rows('task_sla')
      .filter((row) => hidden.has(row.task) && row.stage === 'completed');
    expect(hiddenSlas.length).toBeGreaterThan(0);
    expect(out.skipped.map((report) => report.message).sort()).toEqual(
      hiddenSlas.map((row) => `its task ${row.task} is not among the exported tickets`).sort(),
    );
    // Automated first responses are told apart from the SLA rows.
    expect(tickets.some((ticket) => ticket.firstResponseBy === 'automation')).toBe(true);
    expect(tickets.some((ticket) => ticket.firstResponseBy === 'human')).toBe(true);
  });
});

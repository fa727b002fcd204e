import { INSTANCE_SEED_RATES, SURVEY_RATES } from '../../../src/local/servicenow';
import { clock, emptyInstance, NOW, seeded } from './fixture';

const ms = (glide: string) => Date.parse(`${glide.replace(' ', 'T')}Z`);

describe('simulated ServiceNow: the seed', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = seeded(clock(), 5).instance.store.dump();
    const b = seeded(clock(), 5).instance.store.dump();
    const c = seeded(clock(), 6).instance.store.dump();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('stores every value as a string, and nothing after now', () => {
    const { instance } = seeded();
    for (const table of [
      'incident',
      'sc_req_item',
      'task_sla',
      'asmt_assessment_instance',
      'asmt_metric_result',
    ]) {
      for (const row of instance.rows(table)) {
        expect(Object.values(row).every((value) => typeof value === 'string')).toBe(true);
        expect(ms(row.sys_updated_on as string)).toBeLessThanOrEqual(NOW.getTime());
        expect(row.sys_created_on! <= row.sys_updated_on!).toBe(true);
      }
    }
  });

  it('gives tickets states that follow their times, reopens with a cleared resolution, and SLAs that match', () => {
    const { instance } = seeded();
    const incidents = instance.rows('incident');
    const slas = instance.rows('task_sla');
    const definitions = new Map(instance.rows('contract_sla').map((row) => [row.sys_id, row.target]));
    for (const incident of incidents) {
      const own = slas.filter((sla) => sla.task === incident.sys_id);
      const response = own.find((sla) => definitions.get(sla.sla) === 'response');
      expect(response).toBeDefined();
      if (incident.state === '1') expect(response?.stage).toBe('in_progress');
      if (['6', '7'].includes(incident.state as string)) {
        expect(incident.resolved_at).not.toBe('');
        expect(response?.stage).toBe('completed');
        expect(ms(response?.end_time as string)).toBeLessThanOrEqual(ms(incident.resolved_at as string));
      }
      if (incident.reopen_count === '1') {
        // the first resolution stays in the completed resolution SLA, before the reopen
        const resolution = own.find((sla) => definitions.get(sla.sla) === 'resolution');
        expect(resolution?.stage).toBe('completed');
        expect(ms(resolution?.end_time as string)).toBeLessThan(ms(incident.reopened_time as string));
      }
    }
    const reopened = incidents.filter((row) => row.reopen_count === '1').length / incidents.length;
    expect(reopened).toBeGreaterThan(INSTANCE_SEED_RATES.reopen / 2);
    expect(reopened).toBeLessThan(INSTANCE_SEED_RATES.reopen * 2);
    const met = slas.filter((sla) => definitions.get(sla.sla) === 'response' && sla.stage === 'completed');
    const automated = met.filter((sla) => sla.sys_updated_by === 'system').length / met.length;
    // requests are answered by people, so automation is rarer overall than among incidents
    expect(automated).toBeGreaterThan(0.1);
    expect(automated).toBeLessThan(INSTANCE_SEED_RATES.automatedResponse);
  });

  it('triggers survey instances by resolved tickets, answered after the resolution, with results on the instance', () => {
    const { instance, summary } = seeded();
    const tickets = new Map(
      [...instance.rows('incident'), ...instance.rows('sc_req_item')].map((row) => [row.sys_id, row]),
    );
    const instances = instance.rows('asmt_assessment_instance');
    const results = instance.rows('asmt_metric_result');
    expect(instances.length).toBeGreaterThan(50);
    for (const survey of instances) {
      const ticket = tickets.get(survey.trigger_id as string);
      expect(ticket?.sys_class_name).toBe(survey.trigger_table);
      expect(survey.task_id).toBe(survey.trigger_id);
      expect(survey.metric_type).toBe(summary.survey.type);
      const own = results.filter((result) => result.instance === survey.sys_id);
      if (survey.state !== 'complete') {
        expect(own).toEqual([]);
        continue;
      }
      expect(ms(survey.taken_on as string)).toBeGreaterThanOrEqual(ms(survey.sys_created_on as string));
      expect(own.map((result) => result.metric).slice(0, 3)).toEqual([
        summary.survey.csat,
        summary.survey.nps,
        summary.survey.ces,
      ]);
    }
    const complete = instances.filter((row) => row.state === 'complete').length / instances.length;
    expect(complete).toBeGreaterThan(SURVEY_RATES.answered - 0.15);
    expect(complete).toBeLessThan(SURVEY_RATES.answered + 0.1);
  });

  it('scores reopened tickets lower, and recommendation and effort follow satisfaction', () => {
    const big = emptyInstance();
    const summary = big.seed({ seed: 3, now: NOW, days: 90 });
    const incidents = new Map(big.rows('incident').map((row) => [row.sys_id, row]));
    const instances = new Map(big.rows('asmt_assessment_instance').map((row) => [row.sys_id, row]));
    const scores = (metric: string) => big.rows('asmt_metric_result').filter((row) => row.metric === metric);
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    const csat = scores(summary.survey.csat);
    const byReopen = (reopened: boolean) =>
      csat
        .filter((row) => {
          const ticket = incidents.get(instances.get(row.instance as string)?.trigger_id as string);
          return ticket !== undefined && (ticket.reopen_count === '1') === reopened;
        })
        .map((row) => Number(row.actual_value));
    expect(mean(byReopen(true))).toBeLessThan(mean(byReopen(false)) - 0.5);
    const satisfactionOf = new Map(csat.map((row) => [row.instance, Number(row.actual_value)]));
    const nps = scores(summary.survey.nps);
    const promoters = nps
      .filter((row) => Number(row.actual_value) >= 9)
      .map((row) => satisfactionOf.get(row.instance) as number);
    const detractors = nps
      .filter((row) => Number(row.actual_value) <= 6)
      .map((row) => satisfactionOf.get(row.instance) as number);
    expect(mean(promoters)).toBeGreaterThan(mean(detractors) + 1);
    // effort is stored inverted: 1 is "very easy", given by the most satisfied
    const effort = scores(summary.survey.ces);
    const easy = effort
      .filter((row) => Number(row.actual_value) <= 2)
      .map((row) => satisfactionOf.get(row.instance) as number);
    const hard = effort
      .filter((row) => Number(row.actual_value) >= 5)
      .map((row) => satisfactionOf.get(row.instance) as number);
    expect(mean(easy)).toBeGreaterThan(mean(hard) + 1);
  });
});

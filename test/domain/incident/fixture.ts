import {
  addReopen,
  addResolution,
  addUpdate,
  emptyIncidentLog,
  markMajor,
  setLinked,
  setPeople,
  type IncidentLog,
} from '../../../src/domain/incident/incident-log';

export const T0 = Date.parse('2026-03-02T09:00:00Z');
export const MIN = 60_000;
export const HOUR = 60 * MIN;

/**
 * A major incident declared at T0, updated at +20 min and +80 min, resolved at +3 h; reported
 * by alice with bob participating; carol's and dave's requests are linked to it.
 */
export function incidentLog(): IncidentLog {
  let log = emptyIncidentLog('20001');
  log = markMajor(log, T0, true);
  log = addUpdate(log, { id: 'c1', at: T0 + 20 * MIN, source: 'comment' });
  log = addUpdate(log, { id: 'c2', at: T0 + 80 * MIN, source: 'comment' });
  log = addResolution(log, T0 + 3 * HOUR);
  log = setPeople(log, { reporter: 'alice', participants: ['bob', 'alice'], organizations: ['Acme'] });
  log = setLinked(log, [
    { id: '30001', reporter: 'carol', createdAt: T0 + 10 * MIN },
    { id: '30002', reporter: 'dave', createdAt: T0 + 30 * MIN },
  ]);
  return log;
}

export { addReopen, addResolution, markMajor };

import { acceptIceAnswer } from '../../domain/incident/ice-answer';
import type { FieldError } from '../../domain/settings/field-errors';
import { writeIceFacts, type IncidentDeps } from './ports';

const ATTEMPTS = 3;

/**
 * A customer's ICE answer from the portal. Stored only when valid, for an open survey, from a
 * person it invited who has not answered; otherwise the errors say why and nothing is stored.
 */
export async function submitIceAnswer(
  deps: IncidentDeps,
  accountId: string,
  body: unknown,
): Promise<{ ok: true } | { ok: false; errors: FieldError[] }> {
  const incidentId =
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { incidentId?: unknown }).incidentId === 'string'
      ? (body as { incidentId: string }).incidentId
      : null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const stored = incidentId === null ? { value: null, version: 0 } : await deps.incidents.load(incidentId);
    const result = acceptIceAnswer(stored.value?.survey ?? null, accountId, body, deps.now());
    if (!result.ok) return result;
    const record = stored.value;
    if (record === null || incidentId === null)
      return { ok: false, errors: [{ field: 'incidentId', message: 'Unknown incident.' }] };
    if (
      (await deps.incidents.commit(incidentId, { ...record, survey: result.survey }, stored.version)) ===
      'committed'
    ) {
      await writeIceFacts(deps, { ...record, survey: result.survey }, deps.now());
      return { ok: true };
    }
  }
  return {
    ok: false,
    errors: [{ field: '', message: 'The survey is being changed; please send your answer again.' }],
  };
}

import { z } from 'zod';

/**
 * How the app tells a major incident. JSM Premium and Enterprise mark an incident as major with
 * the "Major incident" field on the issue (and `GET /jsm/incidents/cloudId/{cloudId}/v1/incident/
 * {issueID}/major` answers `{ "majorIncident": true }`; see
 * https://developer.atlassian.com/cloud/incidents/rest/api-group-major-incident/). The field is a
 * custom field whose id differs per site, so the administrator names it; teams without it name the
 * priorities or labels that mean "major" in their process. Any one of them is enough.
 */
export interface MajorIncidentRule {
  /** The issue field holding JSM's "Major incident" flag, e.g. `customfield_10080`; `null` if unused. */
  fieldId: string | null;
  /** Priority names that mean major (compared without case). */
  priorities: readonly string[];
  /** Labels that mean major (compared without case). */
  labels: readonly string[];
}

export const DEFAULT_MAJOR_INCIDENT_RULE: MajorIncidentRule = {
  fieldId: null,
  priorities: [],
  labels: ['major-incident'],
};

/**
 * The "Major incident" field as REST and product events carry it: a boolean, a flag string,
 * one option (`{ value }`) or a list of options; `null` or an empty list is "not major".
 */
const majorFieldValue = z.union([
  z.boolean(),
  z.string(),
  z.object({ value: z.string().optional() }),
  z.array(z.union([z.string(), z.object({ value: z.string().optional() })])),
]);

const prioritySchema = z.object({ name: z.string() }).nullish();
const labelsSchema = z.array(z.string()).nullish();

export type MajorReading = { ok: true; major: boolean | undefined } | { ok: false; reason: string };

function flagOf(value: z.infer<typeof majorFieldValue>): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.trim() !== '' && !/^(false|no|none)$/i.test(value);
  if (Array.isArray(value)) return value.length > 0;
  return value.value !== undefined && value.value.trim() !== '';
}

/**
 * Whether an issue's fields say it is major under `rule`. `undefined` when the payload carries
 * none of the fields the rule reads (an event with a subset of fields says nothing), so the last
 * known answer stands.
 *
 * Invalid input: a read field of the wrong shape is refused with the field named.
 */
export function readMajor(fields: Record<string, unknown>, rule: MajorIncidentRule): MajorReading {
  const seen: boolean[] = [];
  if (rule.fieldId !== null && Object.hasOwn(fields, rule.fieldId)) {
    const raw = fields[rule.fieldId];
    if (raw === null || raw === undefined) seen.push(false);
    else {
      const parsed = majorFieldValue.safeParse(raw);
      if (!parsed.success) return { ok: false, reason: `fields.${rule.fieldId}: not a major incident flag` };
      seen.push(flagOf(parsed.data));
    }
  }
  if (rule.priorities.length > 0 && Object.hasOwn(fields, 'priority')) {
    const parsed = prioritySchema.safeParse(fields.priority);
    if (!parsed.success) return { ok: false, reason: 'fields.priority: expected { name }' };
    const name = parsed.data?.name.toLowerCase();
    seen.push(name !== undefined && rule.priorities.some((p) => p.toLowerCase() === name));
  }
  if (rule.labels.length > 0 && Object.hasOwn(fields, 'labels')) {
    const parsed = labelsSchema.safeParse(fields.labels);
    if (!parsed.success) return { ok: false, reason: 'fields.labels: expected a list of labels' };
    const labels = new Set((parsed.data ?? []).map((label) => label.toLowerCase()));
    seen.push(rule.labels.some((label) => labels.has(label.toLowerCase())));
  }
  if (seen.length === 0) return { ok: true, major: undefined };
  return { ok: true, major: seen.some(Boolean) };
}

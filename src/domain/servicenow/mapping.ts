import { z } from 'zod';
import { ICE_QUESTIONS, SCALES, SURVEY_KINDS, type SurveyKind } from '../records/survey-kind';

/**
 * How ServiceNow rows become canonical records. Every default works on a stock instance with the
 * fields servicenow.md lists; an admin edits what their instance does differently. A field is a
 * list of candidates, the first present and non-empty one wins, so a dot-walked display name
 * (`assignment_group.name`) is preferred when fetched and the bare sys_id serves otherwise.
 */
const fields = (defaults: string[]) => z.array(z.string().min(1)).min(1).default(defaults);

/** Stock priority choice values and their labels, so MTTA's priority classes (High, Critical) apply. */
export const STOCK_PRIORITY_LABELS: Readonly<Record<string, string>> = {
  '1': 'Critical',
  '2': 'High',
  '3': 'Moderate',
  '4': 'Low',
  '5': 'Planning',
};

const ticketTableSchema = z.object({
  table: z.string().min(1),
  kind: z.enum(['incident', 'request']),
  createdAt: fields(['opened_at', 'sys_created_on']),
  /**
   * The first resolution. sc_req_item has no `resolved_at`, so `closed_at` serves. After a reopen
   * ServiceNow's `resolved_at` no longer holds the first resolution (see ticket-from-row.ts); an
   * instance that keeps one in a custom field names it first here.
   */
  resolvedAt: fields(['resolved_at', 'closed_at']),
  priority: fields(['priority']),
  priorityLabels: z.record(z.string(), z.string()).default({ ...STOCK_PRIORITY_LABELS }),
  team: fields(['assignment_group.name', 'assignment_group']),
  assignee: fields(['assigned_to']),
  organization: fields(['company.name', 'department.name', 'company', 'department']),
  requestType: fields(['category', 'cat_item.name', 'cat_item']),
  reporter: fields(['caller_id', 'requested_for', 'opened_by']),
  state: z.string().min(1).default('state'),
  /** States converted to no record at all (each one reported): 8 is Canceled on incident [34][35]. */
  excludedStates: z.array(z.string()).default([]),
  /** Time to value: the completion time, only in the states that delivered what was asked for. */
  valueAt: z
    .object({ fields: fields(['closed_at']), states: z.array(z.string()).min(1) })
    .nullable()
    .default(null),
  reopen: z
    .object({
      count: z.string().min(1).default('reopen_count'),
      lastAt: z.string().min(1).default('reopened_time'),
    })
    .nullable()
    .default({ count: 'reopen_count', lastAt: 'reopened_time' }),
  /** Handle time: no stock field means "time an agent spent", so none is read until an admin picks one. */
  handleTime: z
    .object({ field: z.string().min(1) })
    .nullable()
    .default(null),
  /** Major Incident Management records proposals and acceptance in `major_incident_state`. */
  majorIncident: z
    .object({
      field: z.string().min(1).default('major_incident_state'),
      values: z.array(z.string()).min(1).default(['accepted']),
    })
    .nullable()
    .default({ field: 'major_incident_state', values: ['accepted'] }),
});

export type TicketTableMapping = z.output<typeof ticketTableSchema>;

/**
 * Which task_sla rows record a moment on the ticket: their definition's target (`sla.target`, a
 * dot-walk) or the definition itself (`sla`, a contract_sla sys_id), in a stage that means the SLA
 * was stopped by the event rather than cancelled or still running. Labels per [40][41]; the stored
 * values `response`, `resolution` and `completed` are unverified: confirm them in sys_choice.
 */
const slaStopSchema = (target: string) =>
  z.object({
    slaTargets: z.array(z.string()).default([target]),
    slaDefinitions: z.array(z.string()).default([]),
    completedStages: z.array(z.string()).min(1).default(['completed']),
    /** The SLA's stop time ("Stop time"). */
    stopTime: z.string().min(1).default('end_time'),
  });

export type SlaStopMapping = z.output<ReturnType<typeof slaStopSchema>>;

const firstResponseSchema = slaStopSchema('response').extend({
  /** A date-time field on the ticket that records the first response (a custom one), used first when filled. */
  ticketFields: z.array(z.string().min(1)).default([]),
  /**
   * Where the instance records that a response was automated. The default reads who last updated the
   * completed SLA row: the SLA engine stops it in the transaction of the task update that met it, so
   * an update by `system` (a flow, an assignment rule) is automation (unverified: confirm on the
   * instance). `from: 'ticket'` reads a field of the ticket instead; `null` leaves `firstResponseBy` out.
   */
  automation: z
    .object({
      from: z.enum(['sla', 'ticket']).default('sla'),
      field: z.string().min(1).default('sys_updated_by'),
      values: z.array(z.string()).min(1).default(['system']),
    })
    .nullable()
    .default({ from: 'sla', field: 'sys_updated_by', values: ['system'] }),
});

/**
 * The first resolution of a reopened ticket, whose `resolved_at` then holds a later one (or was
 * cleared): a resolution SLA stops at the first resolve and stays completed across a reopen
 * (unverified), so its stop time is the first resolution.
 */
const firstResolutionSchema = slaStopSchema('resolution');

export type FirstResponseMapping = z.output<typeof firstResponseSchema>;

const scaleSchema = z
  .object({ min: z.number().int(), max: z.number().int() })
  .refine((scale) => scale.max > scale.min, { message: 'scale max must be above min' });

/**
 * One survey question (an `asmt_metric`, by sys_id or by name) counted as a canonical survey.
 * `scale` is the question's own; it must span as many points as the canonical scale (an offset
 * such as 0–4 for CSAT's 1–5 is fine, a rescaling is not: it would invent scores). `inverted`
 * reads the question's low end as the canonical high end.
 */
const questionSchema = z
  .object({
    metric: z.string().min(1),
    survey: z.enum(SURVEY_KINDS),
    question: z.enum(ICE_QUESTIONS).optional(),
    scale: scaleSchema.optional(),
    inverted: z.boolean().default(false),
  })
  .check((ctx) => {
    const { survey, question, scale } = ctx.value;
    if (survey === 'ice' && question === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: question,
        path: ['question'],
        message: 'ice needs a question',
      });
    }
    const canonical = SCALES[survey];
    if (scale && scale.max - scale.min !== canonical.max - canonical.min) {
      ctx.issues.push({
        code: 'custom',
        input: scale,
        path: ['scale'],
        message: `a ${survey} question needs ${canonical.max - canonical.min + 1} points like ${canonical.min}–${canonical.max}, not ${scale.min}–${scale.max}`,
      });
    }
  });

export type QuestionMapping = z.output<typeof questionSchema>;

/** A free-text question whose answer (`string_value`) becomes the comment of a survey's answer in the same instance. */
const commentSchema = z.object({ metric: z.string().min(1), survey: z.enum(SURVEY_KINDS).default('csat') });

const surveysSchema = z.object({
  /** Stock instances ship surveys but no mapping to CSAT/CES/NPS: the admin names the questions. */
  questions: z.array(questionSchema).default([]),
  comments: z.array(commentSchema).default([]),
});

export const mappingSchema = z.object({
  tickets: z
    .array(ticketTableSchema)
    .min(1)
    .default([
      ticketTableSchema.parse({ table: 'incident', kind: 'incident', excludedStates: ['8'] }),
      ticketTableSchema.parse({
        table: 'sc_req_item',
        kind: 'request',
        // Stock choice values (get them from sys_choice, name=sc_req_item^element=state [46]):
        // 3 Closed Complete is the only state that delivered the item.
        valueAt: { fields: ['closed_at'], states: ['3'] },
        reopen: null,
        majorIncident: null,
      }),
    ]),
  firstResponse: firstResponseSchema.default(firstResponseSchema.parse({})),
  firstResolution: firstResolutionSchema.default(firstResolutionSchema.parse({})),
  surveys: surveysSchema.default(surveysSchema.parse({})),
});

export type ServiceNowMapping = z.output<typeof mappingSchema>;
export type ServiceNowMappingInput = z.input<typeof mappingSchema>;

/** The defaults, ready to use on a stock instance. */
export const DEFAULT_MAPPING: ServiceNowMapping = mappingSchema.parse({});

/** The scale a mapped question is read on: its own, or the canonical one. */
export const scaleOf = (question: QuestionMapping): { min: number; max: number } =>
  question.scale ?? SCALES[question.survey as SurveyKind];

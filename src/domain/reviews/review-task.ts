import type { FigureMetric, FigureUnit } from '../report/figures';
import type { ReviewPeriod } from './review-periods';

/** A figure as the review reads it (the scorecard's, for the period and the one before). */
export interface ReviewFigure {
  label: string;
  unit: FigureUnit;
  value: number | null;
  n: number;
  ci95: [number, number] | null;
  target: number | null;
  status: 'met' | 'missed' | 'none';
  previous: { value: number | null; n: number } | null;
  change: number | null;
}

/** A breakdown value whose figure moved most since the period before. */
export interface ReviewMover {
  dimension: string;
  label: string;
  value: number;
  previous: number;
  n: number;
}

export interface ReviewComment {
  ticketKey: string;
  ces: number | null;
  csat: number | null;
  comment: string;
}

export interface ReviewTaskInput {
  metric: FigureMetric;
  period: ReviewPeriod;
  figure: ReviewFigure;
  movers: ReviewMover[];
  comments: ReviewComment[];
  /** The report page, for the whole picture. */
  reportUrl: string;
  projectKey: string;
  issueType: string;
  audience: string;
  /** The owner to assign, or `null` (none named, or the account is gone: then `ownerNote` says why). */
  assignee: string | null;
  ownerNote: string | null;
}

/** The label that names one review: a search for it finds the task whatever happened to the marker. */
export const reviewLabel = (metric: FigureMetric, periodId: string) => `cx-review-${metric}-${periodId}`;

/** A figure in words: "81.2 %", "42.0", "1 h 12 min". */
export function reviewValueText(unit: FigureUnit, value: number | null): string {
  if (value === null) return 'no data';
  if (unit === 'percent') return `${value.toFixed(1)} %`;
  if (unit === 'score') return value.toFixed(1);
  const minutes = Math.round(Math.abs(value) / 60);
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} h ${String(minutes % 60).padStart(2, '0')} min` : `${minutes} min`;
}

type Inline = { type: 'text'; text: string; marks?: Array<{ type: string; attrs?: Record<string, string> }> };
type Block = Record<string, unknown>;

const text = (value: string): Inline => ({ type: 'text', text: value });
const strong = (value: string): Inline => ({ type: 'text', text: value, marks: [{ type: 'strong' }] });
const paragraph = (...content: Inline[]): Block => ({ type: 'paragraph', content });
const heading = (value: string): Block => ({ type: 'heading', attrs: { level: 3 }, content: [text(value)] });
const bullets = (items: Inline[][]): Block => ({
  type: 'bulletList',
  content: items.map((content) => ({ type: 'listItem', content: [paragraph(...content)] })),
});

function changeText(figure: ReviewFigure): string {
  if (figure.change === null || figure.previous?.value == null)
    return 'no figure for the period before to compare with';
  const size =
    figure.unit === 'seconds'
      ? reviewValueText('seconds', figure.change)
      : Math.abs(figure.change).toFixed(1);
  const direction = figure.change > 0 ? 'up' : figure.change < 0 ? 'down' : 'unchanged';
  return direction === 'unchanged'
    ? `unchanged since the last review (${reviewValueText(figure.unit, figure.previous.value)})`
    : `${direction} ${size}${figure.unit === 'percent' ? ' points' : ''} since the last review (${reviewValueText(figure.unit, figure.previous.value)}, n = ${figure.previous.n})`;
}

/**
 * The Jira fields of one review task (POST /rest/api/3/issue): summary, label, due date, the
 * owner as assignee, and a description in Atlassian Document Format holding the period's figure
 * against its target, the change since the last review, the largest movers in the breakdowns,
 * the low-score comments to read, and a link to the report page.
 */
export function reviewTaskFields(input: ReviewTaskInput): Record<string, unknown> {
  const { figure, period } = input;
  const target =
    figure.target === null
      ? 'no target set'
      : `target ${reviewValueText(figure.unit, figure.target)}, ${figure.status === 'met' ? 'met' : figure.status === 'missed' ? 'missed' : 'not judged'}`;
  const interval = figure.ci95
    ? `, 95 % interval ${reviewValueText(figure.unit, figure.ci95[0])} – ${reviewValueText(figure.unit, figure.ci95[1])}`
    : '';
  const content: Block[] = [
    paragraph(
      text(
        `Review of ${figure.label} for ${period.name} (${period.from} to ${period.to}), for ${input.audience}.`,
      ),
    ),
  ];
  if (input.ownerNote) content.push(paragraph(strong('Owner: '), text(input.ownerNote)));
  content.push(
    heading('The figure'),
    bullets([
      [
        strong(`${figure.label}: ${reviewValueText(figure.unit, figure.value)}`),
        text(` (n = ${figure.n}${interval}); ${target}.`),
      ],
      [text(`Change: ${changeText(figure)}.`)],
    ]),
    heading('Largest movers'),
    input.movers.length === 0
      ? paragraph(text('No breakdown value has figures in both periods to compare.'))
      : bullets(
          input.movers.map((mover) => [
            strong(`${mover.label}`),
            text(
              ` (${mover.dimension}): ${reviewValueText(figure.unit, mover.previous)} → ${reviewValueText(figure.unit, mover.value)}, n = ${mover.n}`,
            ),
          ]),
        ),
    heading('Low scores to read'),
    input.comments.length === 0
      ? paragraph(text('No low score with a comment is waiting for a follow-up.'))
      : bullets(
          input.comments.map((comment) => [
            strong(comment.ticketKey),
            text(` (CES ${comment.ces ?? '–'}, CSAT ${comment.csat ?? '–'}): “${comment.comment}”`),
          ]),
        ),
    paragraph(
      text('The whole picture, with data quality: '),
      { type: 'text', text: 'the CX report', marks: [{ type: 'link', attrs: { href: input.reportUrl } }] },
      text('.'),
    ),
  );
  return {
    project: { key: input.projectKey },
    issuetype: { name: input.issueType },
    summary: `${figure.label} review: ${period.name}`,
    labels: [reviewLabel(input.metric, period.id)],
    duedate: period.due,
    ...(input.assignee ? { assignee: { accountId: input.assignee } } : {}),
    description: { type: 'doc', version: 1, content },
  };
}

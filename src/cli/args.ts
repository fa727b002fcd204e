import { parseArgs } from 'node:util';
import { instant } from '../domain';
import { UsageError } from './io';

export const USAGE = `Usage:
  cx-metrics report <file.ndjson> [--as-of ISO] [--from ISO] [--to ISO] [--format json|table]
  cx-metrics import jira-csv <export.csv> [--time-zone ZONE] [--date-format PATTERN]
  cx-metrics import servicenow <export.json> [--table NAME] [--mapping mapping.json]

report   computes every metric of metrics.md from canonical NDJSON records over [from, to)
         (as of --as-of, default now); json prints the report contract, table a summary.
         "records.read" counts non-blank lines, skipped ones included.
import   turns a Jira / JSM CSV export into canonical NDJSON on stdout. Dates without an
         offset are read in --time-zone (default UTC); --date-format is a date-fns pattern
         (default: tries ISO, "yyyy-MM-dd HH:mm" and Jira's "dd/MMM/yy h:mm a").
         servicenow reads Table API answers (raw UTC values): an object keyed by table name
         ({"incident":{"result":[...]},"task_sla":{"result":[...]},...}), or one answer
         {"result":[...]} with --table; --mapping overrides the stock mapping (surveys need it).

Exit status: 0 on success (skipped lines are reported on stderr), 2 on unusable arguments
or an unreadable file.`;

export type Command =
  | { kind: 'help' }
  | {
      kind: 'report';
      file: string;
      asOf: number | null;
      from: number | null;
      to: number | null;
      format: 'json' | 'table';
    }
  | { kind: 'import-jira-csv'; file: string; timeZone: string; dateFormat: string | null }
  | { kind: 'import-servicenow'; file: string; table: string | null; mapping: string | null };

/** Reads a command line. Throws {@link UsageError} with a one-line reason when it is unusable. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'as-of': { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string' },
        'time-zone': { type: 'string' },
        'date-format': { type: 'string' },
        table: { type: 'string' },
        mapping: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'unusable arguments');
  }
  const { values, positionals } = parsed;
  const [verb, ...rest] = positionals;
  if (values.help === true || verb === 'help' || verb === undefined) return { kind: 'help' };
  if (verb === 'report') return reportCommand(rest, values);
  if (verb === 'import') return importCommand(rest, values);
  throw new UsageError(`unknown command "${verb}"`);
}

type Values = Record<string, string | boolean | undefined>;

function reportCommand(rest: string[], values: Values): Command {
  rejectOptions(values, ['time-zone', 'date-format', 'table', 'mapping'], 'report');
  const file = onlyFile(rest, 'report <file.ndjson>');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'table')
    throw new UsageError(`--format must be json or table, not "${String(format)}"`);
  const asOf = moment(values['as-of'], '--as-of');
  const from = moment(values.from, '--from');
  const to = moment(values.to, '--to');
  if (from !== null && to !== null && from >= to) throw new UsageError('--from must be before --to');
  return { kind: 'report', file, asOf, from, to, format };
}

function importCommand(rest: string[], values: Values): Command {
  rejectOptions(values, ['as-of', 'from', 'to', 'format'], 'import');
  const [source, ...files] = rest;
  if (source === 'servicenow') return importServiceNow(files, values);
  if (source !== 'jira-csv')
    throw new UsageError(`unknown import source "${source ?? ''}" (known: jira-csv, servicenow)`);
  rejectOptions(values, ['table', 'mapping'], 'import jira-csv');
  const file = onlyFile(files, 'import jira-csv <export.csv>');
  const timeZone = typeof values['time-zone'] === 'string' ? values['time-zone'] : 'UTC';
  if (!isTimeZone(timeZone)) throw new UsageError(`--time-zone "${timeZone}" is not an IANA time zone`);
  const dateFormat = typeof values['date-format'] === 'string' ? values['date-format'] : null;
  return { kind: 'import-jira-csv', file, timeZone, dateFormat };
}

/** ServiceNow's raw values are UTC in one format, so zone and date format do not apply. */
function importServiceNow(files: string[], values: Values): Command {
  rejectOptions(values, ['time-zone', 'date-format'], 'import servicenow');
  const file = onlyFile(files, 'import servicenow <export.json>');
  const table = typeof values.table === 'string' ? values.table : null;
  if (table !== null && !/^\w+$/.test(table)) throw new UsageError(`--table "${table}" is not a table name`);
  const mapping = typeof values.mapping === 'string' ? values.mapping : null;
  return { kind: 'import-servicenow', file, table, mapping };
}

function onlyFile(rest: string[], shape: string): string {
  if (rest.length !== 1 || rest[0] === '') throw new UsageError(`expected: cx-metrics ${shape}`);
  return rest[0] as string;
}

function rejectOptions(values: Values, names: string[], verb: string): void {
  const given = names.find((name) => values[name] !== undefined);
  if (given !== undefined) throw new UsageError(`--${given} does not apply to ${verb}`);
}

/** An ISO-8601 moment with an offset, or a date alone meaning its midnight UTC. */
function moment(text: string | boolean | undefined, flag: string): number | null {
  if (text === undefined) return null;
  const value = typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text;
  const parsed = instant.safeParse(value);
  if (!parsed.success) {
    throw new UsageError(
      `${flag} "${String(text)}" is not an ISO-8601 time with an offset (e.g. 2024-06-01T00:00:00Z)`,
    );
  }
  return parsed.data;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { mappingSchema, tableResultSchema, type ServiceNowMapping } from '../../domain/servicenow';
import { UsageError } from '../io';
import { openReadable } from '../lines';

/** Each table's answer as saved from the Table API (`{"result":[...]}`), or its rows alone. */
const tableAnswer = z.union([tableResultSchema.transform((answer) => answer.result), z.array(z.unknown())]);

/**
 * Reads an export file: one Table API answer (`{"result":[...]}`, named by `table`), or an object
 * keyed by table name whose values are answers or row arrays. The whole file is parsed at once:
 * a Table API answer is one JSON document, and joining SLAs and survey instances needs every table.
 */
export async function readExport(file: string, table: string | null): Promise<Record<string, unknown[]>> {
  const value = parseJson(await readText(file), file);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`${file}: expected {"result":[...]} or an object keyed by table name`);
  }
  if ('result' in value) {
    const rows = tableAnswer.safeParse(value);
    if (!rows.success) throw new UsageError(`${file}: "result" must be a list of rows`);
    if (table === null) {
      throw new UsageError(
        `${file} holds one Table API answer: name its table with --table (e.g. --table incident)`,
      );
    }
    return { [table]: rows.data };
  }
  if (table !== null)
    throw new UsageError(`--table applies to a file with one Table API answer, not to ${file}`);
  const tables: Record<string, unknown[]> = {};
  for (const [name, answer] of Object.entries(value)) {
    const rows = tableAnswer.safeParse(answer);
    if (!rows.success)
      throw new UsageError(`${file}: table "${name}" must be {"result":[...]} or a list of rows`);
    tables[name] = rows.data;
  }
  return tables;
}

/** Reads a mapping file (the admin page's mapping as JSON); absent fields take the stock defaults. */
export async function readMapping(file: string | null): Promise<ServiceNowMapping> {
  if (file === null) return mappingSchema.parse({});
  const parsed = mappingSchema.safeParse(parseJson(await readText(file), file));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new UsageError(`${file}: ${where}${issue?.message ?? 'not a mapping'}`);
}

async function readText(file: string): Promise<string> {
  const handle = await openReadable(file);
  try {
    return (await readFile(handle, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  } finally {
    await handle.close();
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

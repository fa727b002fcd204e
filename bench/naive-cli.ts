import { readFileSync } from 'node:fs';
import { parseRecord, reportFromRecords, type CanonicalRecord } from '../src/domain';

// The baseline the streaming CLI is measured against: read the whole file, keep every record,
// then compute. Same output, memory proportional to the file.
const [file, asOf] = process.argv.slice(2) as [string, string];
const records: CanonicalRecord[] = [];
let skipped = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const parsed = parseRecord(JSON.parse(line));
  if (parsed.ok) records.push(parsed.record);
  else skipped += 1;
}
const report = reportFromRecords(records, { asOf: Date.parse(asOf), from: null, to: null, skipped });
process.stdout.write(`${JSON.stringify(report)}\n`);

import { parseCommand, USAGE } from './args';
import { UsageError, write, type CliIo } from './io';
import { runImportJiraCsv } from './jira-csv/import-command';
import { runReport } from './report-command';
import { runImportServiceNow } from './servicenow/import-command';

/**
 * Runs one `cx-metrics` command line and returns its exit status: 0 on success, 2 with a one-line
 * reason on stderr for unusable arguments or an unreadable file.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        await write(io.stdout, `${USAGE}\n`);
        return 0;
      case 'report':
        await runReport({ ...command, asOf: command.asOf ?? io.now().getTime() }, io);
        return 0;
      case 'import-jira-csv':
        await runImportJiraCsv(command, io);
        return 0;
      case 'import-servicenow':
        await runImportServiceNow(command, io);
        return 0;
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`cx-metrics: ${error.message}\n`);
    return 2;
  }
}

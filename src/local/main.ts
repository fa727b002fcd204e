import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { createLocalSite } from './server/compose';

/**
 * `npm start`: the app on a local Forge runtime, against a simulated JSM site.
 *   --port N        listen on N (default 4310; 0 picks a free port)
 *   --reseed        replace the demo data with a freshly seeded site
 *   --seed N        the seed for --reseed (default 42)
 *   --data-dir DIR  where the site and the app's storage persist (default .local-data)
 *   --manual-clock  time moves only through POST /_local/clock/advance
 *   --no-demo-answers  seed without the customers' survey answers (they are on by default)
 *   --no-servicenow    start without the simulated ServiceNow instance (connected by default)
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4310' },
      reseed: { type: 'boolean', default: false },
      seed: { type: 'string', default: '42' },
      'data-dir': { type: 'string', default: '.local-data' },
      'manual-clock': { type: 'boolean', default: false },
      'no-demo-answers': { type: 'boolean', default: false },
      'no-servicenow': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  const seed = Number(values.seed);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535, got ${values.port}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got ${values.seed}`);

  const appDir = resolve(__dirname, '..', '..');
  const local = await createLocalSite({
    appDir,
    dataDir: resolve(appDir, values['data-dir']),
    reseed: values.reseed,
    seed,
    clockMode: values['manual-clock'] ? 'manual' : 'real',
    seedAnswers: !values['no-demo-answers'],
    serviceNow: values['no-servicenow'] ? 'off' : 'connected',
    progress: (line) => console.log(line),
  });
  const server = local.app.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    local.runtime.webTriggers.setBase(`http://localhost:${actual}`);
    console.log(`CX Metrics local site: http://localhost:${actual}/`);
  });
  const shutdown = () => {
    server.close();
    void local.close().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

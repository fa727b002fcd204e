/**
 * Serves the host pages over the fake site and canned resolvers, for looking at them in a browser:
 *   npx tsx test/local/host/serve-fake-host.ts [port]
 */
import express from 'express';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHostRouter } from '../../../src/local/host';
import { fakeDeps } from './fake-deps';

const { deps } = fakeDeps(mkdtempSync(join(tmpdir(), 'cx-host-')));
const app = express();
app.use(createHostRouter(deps));
const server = app.listen(Number(process.argv[2] ?? 4399), '127.0.0.1', (error?: Error) => {
  if (error) throw error;
  const address = server.address();
  console.log(`fake host on http://127.0.0.1:${typeof address === 'object' && address ? address.port : ''}/`);
});

#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled to dist/cli.js by `npm run build:cli` (run on install).
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('cx-metrics: dist/cli.js is missing; run `npm run build:cli` first\n');
  process.exitCode = 2;
} else {
  require(bundle);
}

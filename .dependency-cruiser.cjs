/**
 * Layer rules (architecture.md): entry -> app -> domain; adapters implement app's ports;
 * the local runtime and the CLI sit outside the app and are never imported by it.
 */
const layer = (name) => `^src/${name}/`;
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      comment:
        'The calculator and policies run in the browser, the CLI and the backend: no I/O, no platform.',
      severity: 'error',
      from: { path: layer('domain') },
      to: { pathNot: [layer('domain'), '^node_modules/(zod|date-fns|@date-fns)/'] },
    },
    {
      name: 'contract-depends-on-domain-only',
      severity: 'error',
      from: { path: layer('contract') },
      to: { pathNot: [layer('contract'), layer('domain'), '^node_modules/(zod|date-fns|@date-fns)/'] },
    },
    {
      name: 'app-talks-to-ports',
      severity: 'error',
      from: { path: layer('app') },
      to: {
        path: [layer('adapters'), layer('entry'), layer('local'), layer('cli'), '^node_modules/@forge/'],
      },
    },
    {
      name: 'adapters-below-entry',
      severity: 'error',
      from: { path: layer('adapters') },
      to: { path: [layer('entry'), layer('local'), layer('cli')] },
    },
    {
      name: 'entry-never-reaches-local-or-cli',
      severity: 'error',
      from: { path: layer('entry') },
      to: { path: [layer('local'), layer('cli')] },
    },
    {
      name: 'cli-uses-domain-only',
      severity: 'error',
      from: { path: layer('cli') },
      to: {
        path: [layer('app'), layer('adapters'), layer('entry'), layer('local'), '^node_modules/@forge/'],
      },
    },
    {
      name: 'static-imports-domain-and-contract-only',
      comment: 'Custom UI bundles share pure code with the backend and nothing else.',
      severity: 'error',
      from: { path: '^static/' },
      to: { path: '^src/', pathNot: [layer('domain'), layer('contract')] },
    },
    {
      name: 'nothing-imports-local-runtime',
      severity: 'error',
      from: { pathNot: ['^src/local/', '^test/', '^scripts/', '^bench/'] },
      to: { path: layer('local') },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};

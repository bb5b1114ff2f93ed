/**
 * `npm run demo`: on a fresh machine with only Node and npm, installs the workspace, builds the
 * demo app and what it depends on (through turbo), and serves it on http://127.0.0.1:4173.
 */
import { ensureDependencies, runPnpm } from './toolchain.mjs';

ensureDependencies();
const built = runPnpm([
  'exec',
  'turbo',
  'run',
  'build',
  '--filter=@http-status-i18n/demo...',
  '--output-logs=errors-only',
]);
if (built !== 0) process.exit(built);
console.log('\nhttp-status-i18n demo: http://127.0.0.1:4173  (Ctrl+C to stop)\n');
process.exit(runPnpm(['--filter', '@http-status-i18n/demo', 'run', 'preview']));

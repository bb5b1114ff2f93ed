/**
 * `npm run demo`: on a fresh machine with only Node and npm, installs the workspace, builds the
 * demo app and what it depends on (through turbo), and serves it on http://127.0.0.1:4173.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildWithDependencies, env, exitWithServer, root } from './toolchain.mjs';

buildWithDependencies('@http-status-i18n/demo');

// Vite is started directly, not through `pnpm run`: pnpm reports a Ctrl+C as a failed command
// (ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL … SIGINT), and stopping the demo is not a failure.
const demo = join(root, 'apps/demo');
const server = spawn(
  join(demo, 'node_modules/.bin/vite'),
  ['preview', '--host', '127.0.0.1', '--port', '4173', '--strictPort'],
  { cwd: demo, stdio: 'inherit', env },
);
console.log('\nhttp-status-i18n demo: http://127.0.0.1:4173  (Ctrl+C to stop)\n');
await exitWithServer(server);

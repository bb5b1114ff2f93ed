/**
 * `npm run api`: on a fresh machine with only Node and npm, installs the workspace, builds the
 * example API and what it depends on (through turbo), and serves it on http://127.0.0.1:4800
 * (`PORT` chooses another port).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildWithDependencies, env, exitWithServer, root } from './toolchain.mjs';

buildWithDependencies('@http-status-i18n/api');

// Node is started directly, not through `pnpm run`: pnpm reports a Ctrl+C as a failed command.
const server = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
  stdio: 'inherit',
  env, // PORT, when set, chooses the port (default 4800)
});
await exitWithServer(server);

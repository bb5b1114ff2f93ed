/**
 * What `npm run check` and `npm run demo` need on a fresh machine with only Node and npm:
 * pnpm (the pinned version, through npx when it is not installed) and the workspace's
 * dependencies. Shared by scripts/check.mjs and scripts/demo.mjs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager; // pnpm@x.y.z

export const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' };

/** The command that runs the pinned pnpm: `pnpm` itself when it is that version, else npx. */
function pnpmCommand() {
  const installed = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  return installed.status === 0 && `pnpm@${installed.stdout.trim()}` === pinned
    ? ['pnpm']
    : ['npx', '--yes', pinned];
}

const pnpm = pnpmCommand();

/** Runs pnpm with the given arguments in the repository root and waits; returns spawnSync's result. */
export function runPnpm(args, options = {}) {
  const [command, ...prefix] = pnpm;
  return spawnSync(command, [...prefix, ...args], {
    cwd: root,
    stdio: 'inherit',
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...options,
  });
}

/** Starts pnpm with the given arguments in the repository root; returns the child process. */
export function spawnPnpm(args, options = {}) {
  const [command, ...prefix] = pnpm;
  return spawn(command, [...prefix, ...args], { cwd: root, stdio: 'inherit', env, ...options });
}

/** Installs the workspace's dependencies from the lockfile unless they are there already. */
export function ensureDependencies() {
  if (existsSync(join(root, 'node_modules', '.modules.yaml'))) return;
  const { status } = runPnpm(['install', '--frozen-lockfile']);
  if (status !== 0) process.exit(status ?? 1);
}

/**
 * Waits for a long-running server started by `npm run demo` or `npm run api`, then exits with
 * its code. The terminal sends Ctrl+C to the whole process group: the server is let stop, and
 * stopping it is not a failure.
 */
export async function exitWithServer(server) {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopping = true;
      server.kill(signal);
    });
  }
  const [code] = await once(server, 'exit');
  process.exit(stopping ? 0 : (code ?? 1));
}

/**
 * Installs the workspace if needed and builds `packageName` with everything it depends on,
 * through turbo (a cache hit when nothing changed); exits with turbo's status on failure.
 */
export function buildWithDependencies(packageName) {
  ensureDependencies();
  const built = runPnpm([
    'exec',
    'turbo',
    'run',
    'build',
    `--filter=${packageName}...`,
    '--output-logs=errors-only',
  ]);
  if (built.status !== 0) process.exit(built.status ?? 1);
}

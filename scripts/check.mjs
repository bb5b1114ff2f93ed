/**
 * `pnpm check`: everything CI runs, through turbo (so a second run is a cache hit), then one
 * line summing every package's tests: `N passed, N failed`. Each test task writes a JSON
 * report (vitest: test-results.json, Playwright: e2e-results.json), written or restored from the
 * cache by this run.
 */
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { ensureDependencies, root, runPnpm, spawnPnpm } from './toolchain.mjs';

const tasks = [
  'validate',
  'lint',
  'typecheck',
  'build',
  'test',
  'test:tools',
  'e2e',
  'lint:pkg',
  'size',
  'test:consumer',
  ...process.argv.slice(2),
];

ensureDependencies();
// Reports are written, or restored from turbo's cache, by this run only: drop older ones first.
for (const file of reportFiles()) rmSync(file);
const turboStatus = await runTurboWithProgress(tasks);

/**
 * Runs the tasks through turbo and prints one line per finished task (`[12/57] 1m05s …`)
 * instead of minutes of silence, and the whole output of any task that fails. Turbo's grouped
 * log order prints a task's output when the task ends, so the first line of a group marks it
 * finished; a task's group starts with turbo's cache line ("cache hit", "cache miss").
 */
async function runTurboWithProgress(taskNames) {
  const turboArgs = ['exec', 'turbo', 'run', ...taskNames, '--continue'];
  const plan = runPnpm([...turboArgs, '--dry=json'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const total =
    plan.status === 0
      ? JSON.parse(plan.stdout).tasks.filter((task) => task.command !== '<NONEXISTENT>').length
      : undefined;
  console.log(
    `npm run check: ${total ?? 'all'} tasks (${taskNames.join(', ')}) on ${cpus().length} cores`,
  );

  const started = Date.now();
  const outputByTask = new Map();
  const finished = [];
  const failed = new Set();
  const elapsed = () => {
    const seconds = Math.round((Date.now() - started) / 1000);
    return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
  };
  const turbo = spawnPnpm([...turboArgs, '--log-order=grouped', '--output-logs=full'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const onLine = (line) => {
    // `pkg:task: text` is a task's own output; `pkg#task: …` is turbo speaking of that task.
    const own = /^(@?[^\s:#]+):([\w:-]+): ?(.*)$/.exec(line);
    if (own) {
      const id = `${own[1]}#${own[2]}`;
      if (!outputByTask.has(id)) {
        outputByTask.set(id, []);
        finished.push(id);
        const how = /^cache hit/.test(own[3]) ? 'cached' : 'ran';
        console.log(
          `[${String(finished.length).padStart(String(total ?? '').length)}/${total ?? '?'}] ${elapsed()}  ${id} (${how})`,
        );
      }
      outputByTask.get(id).push(own[3]);
      return;
    }
    const about = /^(@?[^\s:#]+#[\w:-]+):\s+(?:WARNING|ERROR)\s+command/.exec(line);
    if (about) {
      const id = about[1];
      if (failed.has(id)) return;
      failed.add(id);
      console.log(
        `\n✗ ${id} failed; its output:\n${(outputByTask.get(id) ?? []).map((text) => `  ${text}`).join('\n')}\n`,
      );
      return;
    }
    if (/^\s*(Tasks|Cached|Time|Failed):/.test(line)) console.log(line);
  };
  for (const stream of [turbo.stdout, turbo.stderr]) {
    createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', onLine);
  }
  const [code] = await once(turbo, 'close');
  return code ?? 1;
}

function reportFiles() {
  const folders = [join(root, 'scripts'), join(root, 'scripts/consumer')];
  for (const parent of ['packages', 'packages/locales', 'apps']) {
    const dir = join(root, parent);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) folders.push(join(dir, entry.name));
    }
  }
  return folders
    .flatMap((folder) =>
      ['test-results.json', 'e2e-results.json'].map((name) => join(folder, name)),
    )
    .filter((file) => existsSync(file));
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reportFiles()) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky passed on retry.
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
  } else {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  }
  console.log(
    `${relative(root, file)}: ${report.stats ? report.stats.expected : report.numPassedTests} passed`,
  );
}
if (turboStatus !== 0 && failed === 0) failed = 1; // a task failed outside the tests (build, lint, types)
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = turboStatus === 0 && failed === 0 ? 0 : 1;

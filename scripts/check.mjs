/**
 * `pnpm check`: everything CI runs, through turbo (so a second run is a cache hit), then one
 * line summing every package's tests: `N passed, N failed`. Each test task writes a JSON
 * report (vitest: test-results.json, Playwright: e2e-results.json), written or restored from the
 * cache by this run.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureDependencies, root, runPnpm } from './toolchain.mjs';

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
const turboStatus = runPnpm([
  'exec',
  'turbo',
  'run',
  ...tasks,
  '--continue',
  '--output-logs=errors-only',
]);

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

/**
 * The locale check on generated locale sets of growing size (copies of a real locale under
 * private-use tags), timed, to show that it scales linearly with the number of locales.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLocales } from '../locales/check.js';
import { printTable } from './harness.mjs';

const localesDir = join(import.meta.dirname, '../../packages/locales');
const SOURCE = 'de';

function generate(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'locale-stress-'));
  cpSync(join(localesDir, 'en'), join(dir, 'en'), { recursive: true });
  const messages = JSON.parse(readFileSync(join(localesDir, SOURCE, 'messages.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(localesDir, SOURCE, 'package.json'), 'utf8'));
  for (let index = 0; index < count - 1; index++) {
    const tag = `de-x-s${String(index).padStart(4, '0')}`;
    cpSync(join(localesDir, SOURCE), join(dir, tag), {
      recursive: true,
      filter: (path) => !path.includes('node_modules') && !path.includes('dist'),
    });
    writeFileSync(
      join(dir, tag, 'messages.json'),
      JSON.stringify({ ...messages, locale: tag }, null, 2),
    );
    writeFileSync(
      join(dir, tag, 'package.json'),
      JSON.stringify({ ...manifest, name: `@http-status-i18n/locale-${tag}` }, null, 2),
    );
  }
  return dir;
}

const rows: string[][] = [];
for (const count of [25, 50, 100, 200]) {
  const dir = generate(count);
  const start = performance.now();
  const reports = checkLocales({ localesDir: dir });
  const seconds = (performance.now() - start) / 1000;
  const problems = reports.reduce((sum, report) => sum + report.problems.length, 0);
  const texts = reports.reduce((sum, report) => sum + report.total, 0);
  rows.push([
    String(count),
    String(texts),
    seconds.toFixed(2),
    ((seconds * 1000) / count).toFixed(1),
    String(problems),
  ]);
  rmSync(dir, { recursive: true, force: true });
}
printTable(
  'Locale check at scale (copies of de; linear if ms per locale stays flat)',
  ['locales', 'texts', 'seconds', 'ms/locale', 'problems'],
  rows,
);

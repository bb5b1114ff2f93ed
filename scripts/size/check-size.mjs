/**
 * Size budgets: what a typical import costs an app, minified and gzipped, bundled by esbuild
 * from the built packages. Also proves that importing one thing does not drag in another.
 * `node scripts/size/check-size.mjs` (run by `npm run check` after the packages build).
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { workspaceResolver } from '../workspace-packages.mjs';

/**
 * Budgets in gzipped bytes, about 10% above what the packages weigh today: the single home of
 * these numbers. A locale bundle carries all four texts of every code, so "translator + en" is
 * the translator with one locale's messages (and its descriptions).
 */
export const budgets = [
  {
    name: 'getPhrase alone',
    code: "import { getPhrase } from '@http-status-i18n/core'; console.log(getPhrase(409));",
    gzip: 1200,
  },
  {
    name: 'getStatus alone',
    code: "import { getStatus } from '@http-status-i18n/core'; console.log(getStatus(409));",
    gzip: 2650, // 2026-11-29: decoded from a compact table generated from the registry, 2,409 B
  },
  {
    name: 'STATUS alone',
    code: "import { STATUS } from '@http-status-i18n/core'; console.log(STATUS.CONFLICT);",
    gzip: 1200,
  },
  {
    name: 'predicates alone',
    code: "import { isError } from '@http-status-i18n/core'; console.log(isError(500));",
    gzip: 300,
  },
  {
    name: 'translator + en',
    code: "import { createTranslator } from '@http-status-i18n/core'; import en from '@http-status-i18n/locale-en'; console.log(createTranslator({ locales: [en] }).message(404));",
    gzip: 16200, // 2026-11-29: corrected texts, 464 and 561, deep freeze, bundle validation
  },
  {
    name: 'one full locale (zh-CN)',
    code: "import zhCN from '@http-status-i18n/locale-zh-cn'; console.log(zhCN);",
    gzip: 14000, // 2026-11-29: four ui texts for Retry-After, Allow and size limits added ~125 B
  },
];

export async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    plugins: [workspaceResolver()],
    logLevel: 'silent',
  });
  const text = result.outputFiles[0].text;
  return { text, bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}

/** What must stay out of a bundle: a locale's text, or code the import does not use. */
const isolation = [
  {
    name: 'one locale does not bundle another, nor core',
    code: "import de from '@http-status-i18n/locale-de'; console.log(de);",
    absent: ['"locale":"en"', 'locale:"en"', 'locale:"zh-CN"', 'at least one locale bundle'],
  },
  {
    name: 'getStatus does not bundle the translator',
    code: "import { getStatus } from '@http-status-i18n/core'; console.log(getStatus(409));",
    absent: ['at least one locale bundle', 'Intl.Locale'],
  },
  {
    name: 'getPhrase does not bundle the registry',
    code: "import { getPhrase } from '@http-status-i18n/core'; console.log(getPhrase(409));",
    absent: ['rfc-editor.org', 'Cloudflare', 'standing'],
  },
  {
    name: 'STATUS does not bundle the registry',
    code: "import { STATUS } from '@http-status-i18n/core'; console.log(STATUS.CONFLICT);",
    absent: ['Unprocessable Content', 'rfc-editor.org'],
  },
];

async function main() {
  let failures = 0;
  for (const check of isolation) {
    const { text } = await bundle(check.code);
    const leaked = check.absent.filter((needle) => text.includes(needle));
    if (leaked.length) failures++;
    console.log(
      `${leaked.length ? 'FAIL' : 'ok  '} ${check.name}${leaked.length ? `: found ${leaked.join(', ')}` : ''}`,
    );
  }
  console.log('');
  console.log('bundle                      min bytes   gzip   budget');
  for (const budget of budgets) {
    const { bytes, gzip } = await bundle(budget.code);
    const ok = gzip <= budget.gzip;
    if (!ok) failures++;
    console.log(
      `${budget.name.padEnd(26)} ${String(bytes).padStart(10)} ${String(gzip).padStart(6)} ${String(budget.gzip).padStart(8)}  ${ok ? 'ok' : 'OVER BUDGET'}`,
    );
  }
  process.exitCode = failures ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

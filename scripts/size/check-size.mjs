/**
 * Size budgets: what a typical import costs an app, minified and gzipped, bundled by esbuild and
 * by rollup + terser from the built packages; a budget holds only if it holds for both. Also
 * proves that importing one thing does not drag in another.
 * `node scripts/size/check-size.mjs` (run by `npm run check` after the packages build).
 */
import { bundlers } from './bundlers.mjs';

const translate = "import { createTranslator } from '@http-status-i18n/core';";

/**
 * Budgets in gzipped bytes, each a little above what the largest of the two bundlers gives today:
 * the single home of these numbers. The README's size table lists the same imports.
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
    gzip: 2600, // issue #14's ceiling; 2,409 B since it decodes a compact table generated from the registry
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
    name: 'translator alone',
    code: `${translate} console.log(createTranslator);`,
    gzip: 2300,
  },
  {
    // Issue #14 asks 3,000 B. The zh-CN messages alone weigh 2.2 kB (1.6 kB of it their text) and
    // the translator 2.1 kB, matching by Intl.Locale and rendering codes nobody knows included.
    name: "translator + zh-CN's messages",
    code: `${translate} import zhCN from '@http-status-i18n/locale-zh-cn/messages'; console.log(createTranslator({ locales: [zhCN] }).message(404));`,
    gzip: 4700,
  },
  {
    name: "translator + en's and zh-CN's messages",
    code: `${translate} import en from '@http-status-i18n/locale-en/messages'; import zhCN from '@http-status-i18n/locale-zh-cn/messages'; console.log(createTranslator({ locales: [en, zhCN] }).message(404, 'zh-CN'));`,
    gzip: 6800,
  },
  {
    // Never above 16,104 B, its size before the per-field entry points (2026-11-29).
    name: 'translator + full en',
    code: `${translate} import en from '@http-status-i18n/locale-en'; console.log(createTranslator({ locales: [en] }).message(404));`,
    gzip: 14800,
  },
  {
    name: 'one full locale (zh-CN)',
    code: "import zhCN from '@http-status-i18n/locale-zh-cn'; console.log(zhCN);",
    gzip: 13300,
  },
  {
    // The README's example: facts, phrases and two locales' messages.
    name: 'README example',
    code: `import { createTranslator, getPhrase, getStatus, STATUS } from '@http-status-i18n/core'; import en from '@http-status-i18n/locale-en/messages'; import zhCN from '@http-status-i18n/locale-zh-cn/messages'; const translator = createTranslator({ locales: [en, zhCN] }); console.log(getStatus(STATUS.CONFLICT), getPhrase(409), translator.message(409, 'zh-CN'));`,
    gzip: 10700,
  },
];

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
    name: "a locale's /messages carries no other text",
    code: "import en from '@http-status-i18n/locale-en/messages'; console.log(en);",
    absent: ['description', 'summary', 'pageTitle', 'Conflict"', 'Not Found"'],
  },
  {
    name: 'the translator does not bundle the registry, nor an Accept-Language parser',
    code: `${translate} console.log(createTranslator);`,
    absent: ['rfc-editor.org', 'Unprocessable Content', 'q=', '[qQ]'],
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
    for (const [bundlerName, bundle] of Object.entries(bundlers)) {
      const { text } = await bundle(check.code);
      const leaked = check.absent.filter((needle) => text.includes(needle));
      if (leaked.length) failures++;
      console.log(
        `${leaked.length ? 'FAIL' : 'ok  '} ${check.name} (${bundlerName})${leaked.length ? `: found ${leaked.join(', ')}` : ''}`,
      );
    }
  }
  console.log('');
  console.log(`${'bundle'.padEnd(40)} ${'bundler'.padEnd(8)} min bytes   gzip   budget`);
  for (const budget of budgets) {
    for (const [bundlerName, bundle] of Object.entries(bundlers)) {
      const { bytes, gzip } = await bundle(budget.code);
      const ok = gzip <= budget.gzip;
      if (!ok) failures++;
      console.log(
        `${budget.name.padEnd(40)} ${bundlerName.padEnd(8)} ${String(bytes).padStart(9)} ${String(gzip).padStart(6)} ${String(budget.gzip).padStart(8)}  ${ok ? 'ok' : 'OVER BUDGET'}`,
      );
    }
  }
  process.exitCode = failures ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

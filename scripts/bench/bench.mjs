/**
 * `pnpm bench`: http-status-i18n side by side with the packages users would otherwise pick,
 * in one run: lookup speed, cold import time, bundle size, and the locale check at scale.
 * Needs the packages built (`pnpm build`). Prints Markdown tables; the README quotes them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundlers } from '../size/bundlers.mjs';
import { budgets } from '../size/check-size.mjs';
import { root } from '../toolchain.mjs';
import {
  createWorkspaceResolver,
  nodeConditions,
  workspacePackages,
} from '../workspace-packages.mjs';
import { compare, median, printTable, sinkValue } from './harness.mjs';

const resolveBuilt = createWorkspaceResolver(nodeConditions);
const entryOf = (name) => pathToFileURL(resolveBuilt(name)).href;
const { createTranslator, getPhrase, getStatus, negotiateLocale } = await import(
  entryOf('@http-status-i18n/core')
);
const Negotiator = (await import('negotiator')).default;
const { toResources, NAMESPACE } = await import(entryOf('@http-status-i18n/i18next'));
const en = (await import(entryOf('@http-status-i18n/locale-en'))).default;
const zhCN = (await import(entryOf('@http-status-i18n/locale-zh-cn'))).default;
const statuses = (await import('statuses')).default;
const httpStatus = (await import('http-status')).default;
const { getReasonPhrase } = await import('http-status-codes');
const { status: httpUtilStatus } = await import('@http-util/status-i18n');
const i18next = (await import('i18next')).default;

console.log(
  `# http-status-i18n benchmarks\n\nNode ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${new Date().toISOString().slice(0, 10)}`,
);

// Codes every peer knows, so no candidate gets the cheap "undefined" path.
const codes = [200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504];

// 1. Lookups
const translator = createTranslator({ locales: [en, zhCN] });
const i18n = i18next.createInstance();
await i18n.init({
  lng: 'zh-CN',
  fallbackLng: 'en',
  ns: [NAMESPACE],
  defaultNS: NAMESPACE,
  resources: toResources([en, zhCN]),
});

const candidates = [
  ['English phrase', 'statuses: statuses.message[code]', (code) => statuses.message[code]],
  ['English phrase', 'ours: getStatus(code).phrase', (code) => getStatus(code).phrase],
  ['English phrase', 'ours: getPhrase(code)', (code) => getPhrase(code)],
  ['English phrase', 'http-status: status[code]', (code) => httpStatus[code]],
  ['English phrase', 'http-status-codes: getReasonPhrase(code)', (code) => getReasonPhrase(code)],
  [
    'zh-CN message',
    "ours: translator.message(code, 'zh-CN')",
    (code) => translator.message(code, 'zh-CN'),
  ],
  [
    'zh-CN message',
    'i18next: t("<code>.message") (our resources)',
    (code) => i18n.t(`${code}.message`),
    200_000,
  ],
  [
    'zh-CN message',
    "@http-util/status-i18n: status(code, 'zh-cn')",
    (code) => httpUtilStatus(code, 'zh-cn'),
    20_000,
  ],
  // The error path: codes nobody registered get their class's text with the code in it.
  [
    'unknown code',
    "ours: translator.message(code + 0.5, 'zh-CN')",
    (code) => translator.message(code + 0.5, 'zh-CN'),
  ],
  [
    'unknown code',
    "ours: translator.status(477, 'zh-CN')",
    () => translator.status(477, 'zh-CN').message,
  ],
  ['loop overhead', 'a function returning a constant', () => 'x'],
];
const timings = compare(
  candidates.map(([, name, lookup, calls]) => [name, lookup, calls]),
  codes,
);
const baseline = timings.get('statuses: statuses.message[code]');
const lookups = candidates.map(([what, name]) => [what, name, timings.get(name)]);
printTable(
  'Lookup: code → text (median ns per call; ratio to statuses.message[code])',
  ['what', 'candidate', 'ns/call', '× statuses'],
  lookups.map(([what, name, ns]) => [what, name, ns.toFixed(1), (ns / baseline).toFixed(2)]),
);
const ours = (name) => lookups.find(([, candidate]) => candidate === name)[2];
// Issue #14: every lookup of ours within 1.2× of a plain property read in statuses' table.
const goals = [
  'ours: getStatus(code).phrase',
  'ours: getPhrase(code)',
  "ours: translator.message(code, 'zh-CN')",
].map((name) => [
  `${name.slice(6)} within 1.2× of statuses.message[code]`,
  ours(name) / baseline,
  1.2,
]);

// 2. Cold import: what a user pays for `await import(name)`, timed inside a fresh Node process
// (startup excluded). The specifiers are package names, resolved by Node itself from a throwaway
// project whose node_modules links to the workspace packages and to the peers, so every candidate
// goes through the same lookup and Node picks the `exports` condition it would pick for a user.
// Rounds alternate the candidates (each round starting one later), so drift in the machine's
// speed hits them all alike; one untimed round first warms the file system cache for all.
const importTargets = [
  ['ours: core + locale-zh-cn', ['@http-status-i18n/core', '@http-status-i18n/locale-zh-cn']],
  ['ours: core only', ['@http-status-i18n/core']],
  ['statuses', ['statuses']],
  ['http-status', ['http-status']],
  ['http-status-codes', ['http-status-codes']],
  ['@http-util/status-i18n', ['@http-util/status-i18n']],
];
const consumer = mkdtempSync(join(tmpdir(), 'http-status-i18n-cold-import-'));
const workspace = workspacePackages();
for (const name of new Set(importTargets.flatMap(([, specifiers]) => specifiers))) {
  const link = join(consumer, 'node_modules', name);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(workspace.get(name)?.folder ?? realpathSync(join(root, 'node_modules', name)), link);
}
const SAMPLES = 31;
const importSamples = importTargets.map(([name, specifiers]) => {
  const script = `const t=performance.now();${specifiers.map((s) => `await import(${JSON.stringify(s)});`).join('')}console.log(performance.now()-t)`;
  const run = () =>
    Number(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: consumer,
        encoding: 'utf8',
      }),
    );
  return { name, run, times: [] };
});
try {
  for (const target of importSamples) target.run();
  for (let round = 0; round < SAMPLES; round++) {
    for (let offset = 0; offset < importSamples.length; offset++) {
      const target = importSamples[(round + offset) % importSamples.length];
      target.times.push(target.run());
    }
  }
} finally {
  rmSync(consumer, { recursive: true, force: true });
}
const quantile = (values, q) =>
  [...values].sort((a, b) => a - b)[Math.round(q * (values.length - 1))];
const importMedian = (candidate) =>
  median(importSamples.find(({ name }) => name === candidate).times);
const importRows = importSamples.map(({ name, times }) => [
  name,
  median(times).toFixed(2),
  `${quantile(times, 0.25).toFixed(2)}–${quantile(times, 0.75).toFixed(2)}`,
  (median(times) / importMedian('statuses')).toFixed(2),
]);
printTable(
  `Cold import: \`await import(name)\` by package name in a fresh process (median of ${SAMPLES} per candidate, rounds alternating candidates; ms)`,
  ['package', 'median ms', 'p25–p75 ms', '× statuses'],
  importRows,
);
goals.push([
  'core cold import no slower than statuses',
  importMedian('ours: core only') / importMedian('statuses'),
  1,
]);

// 3. Bundle size: each budgeted import of ours (scripts/size, the single list), then the peers.
// A code known only at run time, as in an app (`response.status`): rollup would otherwise keep
// only the `404` property of a peer's table.
const peerBundles = [
  ['statuses', "import statuses from 'statuses'; console.log(statuses.message[globalThis.code]);"],
  ['http-status', "import status from 'http-status'; console.log(status[globalThis.code]);"],
  [
    'http-status-codes',
    "import { getReasonPhrase } from 'http-status-codes'; console.log(getReasonPhrase(globalThis.code));",
  ],
  [
    '@http-util/status-i18n',
    "import { status } from '@http-util/status-i18n'; console.log(status(globalThis.code, 'zh-cn'));",
  ],
];
const sizes = new Map();
for (const [name, code] of [
  ...budgets.map((budget) => [`ours: ${budget.name}`, budget.code]),
  ...peerBundles,
]) {
  const esbuild = await bundlers.esbuild(code);
  const rollup = await bundlers.rollup(code);
  sizes.set(name, { esbuild, rollup });
}
printTable(
  'Bundle size of a typical import (bytes, minified; gzip -9)',
  ['import', 'esbuild', 'esbuild gzip', 'rollup + terser', 'rollup gzip'],
  [...sizes].map(([name, { esbuild, rollup }]) => [
    name,
    esbuild.bytes,
    esbuild.gzip,
    rollup.bytes,
    rollup.gzip,
  ]),
);
const largestGzip = (name) => Math.max(sizes.get(name).esbuild.gzip, sizes.get(name).rollup.gzip);
goals.push(
  [
    'getStatus-only bundle no bigger than http-status (gzip, larger of the two bundlers)',
    largestGzip('ours: getStatus alone') / largestGzip('http-status'),
    1,
  ],
  [
    'getPhrase-only bundle smaller than statuses (gzip, larger of the two bundlers)',
    largestGzip('ours: getPhrase alone') / largestGzip('statuses'),
    1,
  ],
);

// 4. Accept-Language: ours against negotiator, the parser Express and Koa use, per header shape.
const available = ['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'es', 'fr', 'de', 'pt-BR', 'ar'];
const distinctRanges = (prefix, bytes) => {
  const ranges = [];
  for (let index = 0; ranges.join(',').length < bytes; index++)
    ranges.push(`${prefix}-${index.toString(36).padStart(6, 'a')};q=0.5`);
  return ranges.join(',');
};
const headers = [
  ['a browser (zh-CN,zh;q=0.9,en;q=0.8)', 'zh-CN,zh;q=0.9,en;q=0.8', 200_000],
  [
    'a long list, match last',
    'fr-CA,fr;q=0.9,it;q=0.8,nl;q=0.7,sv;q=0.6,pl;q=0.5,de;q=0.4',
    200_000,
  ],
  ['16 KB of distinct unknown ranges', distinctRanges('qaa', 16_000), 300],
  ['16 KB of distinct ranges of a known language', distinctRanges('en', 16_000), 300],
  ['1 MB of distinct unknown ranges', distinctRanges('qaa', 1_000_000), 4],
];
const negotiationRows = [];
for (const [shape, header, calls] of headers) {
  const ours = (value) => negotiateLocale(value, available, 'en');
  const theirs = (value) =>
    new Negotiator({ headers: { 'accept-language': value } }).language(available) ?? 'en';
  const timing = compare(
    [
      ['ours', ours, calls],
      ['negotiator', theirs, calls],
    ],
    [header],
  );
  const ratio = timing.get('ours') / timing.get('negotiator');
  negotiationRows.push([
    shape,
    ours(header),
    theirs(header),
    (timing.get('ours') / 1000).toFixed(2),
    (timing.get('negotiator') / 1000).toFixed(2),
    ratio.toFixed(2),
  ]);
  goals.push([`Accept-Language within 2× of negotiator: ${shape}`, ratio, 2]);
}
printTable(
  'Accept-Language negotiation (median µs per header; ours reads at most 64 ranges)',
  ['header', 'ours picks', 'negotiator picks', 'ours µs', 'negotiator µs', '× negotiator'],
  negotiationRows,
);

// 5. The locale check at scale, in its own process (it is TypeScript, run by tsx).
const stress = spawnSync(
  join(root, 'node_modules/.bin/tsx'),
  [join(root, 'scripts/bench/locale-check-stress.ts')],
  {
    cwd: root,
    encoding: 'utf8',
  },
);
process.stdout.write(stress.stdout);
if (stress.status !== 0) process.stderr.write(stress.stderr);

printTable(
  'Goals',
  ['goal', 'measured', 'limit', 'met'],
  goals.map(([goal, ratio, limit]) => [
    goal,
    `${ratio.toFixed(2)}×`,
    `${limit}×`,
    ratio <= limit ? 'yes' : 'NO',
  ]),
);
if (sinkValue() === 0) console.log('(sink empty: lookups returned nothing)');

/**
 * Installs the packed tarballs into a throwaway project outside the workspace and uses them as
 * a user would: Node ESM, Node CommonJS, TypeScript (bundler and node16 resolution) and i18next.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repositoryRoot = join(import.meta.dirname, '../..');
const PACKED = [
  'packages/core',
  'packages/i18next',
  'packages/locales/en',
  'packages/locales/zh-CN',
];
let project: string;

function run(command: string, args: string[], cwd = project): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}
const node = (file: string) => run(process.execPath, [file]).trim();

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'http-status-i18n-consumer-'));
  const tarballs = join(project, 'tarballs');
  mkdirSync(tarballs);
  for (const folder of PACKED)
    run('pnpm', ['pack', '--pack-destination', tarballs], join(repositoryRoot, folder));
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const files = readdirSync(tarballs).map((file) => join(tarballs, file));
  run('npm', [
    'install',
    '--no-fund',
    '--no-audit',
    '--loglevel=error',
    ...files,
    'i18next@26.7.2',
    'typescript@5.9.3',
  ]);
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('the packed packages, installed from tarballs', () => {
  it('carry their licence and their built code', () => {
    for (const folder of PACKED) {
      const name = JSON.parse(readFileSync(join(repositoryRoot, folder, 'package.json'), 'utf8'))
        .name as string;
      const installed = join(project, 'node_modules', name);
      expect(readFileSync(join(installed, 'LICENSE'), 'utf8'), name).toMatch(/^MIT License/);
      expect(existsSync(join(installed, 'dist/index.js')), name).toBe(true);
    }
  });

  it('work from Node ESM', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { createTranslator, getStatus, STATUS } from '@http-status-i18n/core';
import en from '@http-status-i18n/locale-en';
import zhCN from '@http-status-i18n/locale-zh-cn';
const t = createTranslator({ locales: [en, zhCN] });
console.log(JSON.stringify([STATUS.CONFLICT, getStatus(409).phrase, t.message(409, 'zh-Hans-CN') === zhCN.statuses['409'].message, t.message(477, 'en').includes('477')]));`,
    );
    expect(JSON.parse(node('esm.mjs'))).toEqual([409, 'Conflict', true, true]);
  });

  it('work from Node CommonJS', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { getStatus, createTranslator } = require('@http-status-i18n/core');
// A locale's CommonJS build exports the bundle itself, as CommonJS users expect.
const en = require('@http-status-i18n/locale-en');
const { toResources } = require('@http-status-i18n/i18next');
console.log(JSON.stringify([getStatus('404').phrase, createTranslator({ locales: [en] }).message(404) === en.statuses['404'].message, Object.keys(toResources([en]))]));`,
    );
    expect(JSON.parse(node('cjs.cjs'))).toEqual(['Not Found', true, ['en']]);
  });

  it('work with i18next', () => {
    writeFileSync(
      join(project, 'i18n.mjs'),
      `import i18next from 'i18next';
import { NAMESPACE, statusMessage, toResources } from '@http-status-i18n/i18next';
import en from '@http-status-i18n/locale-en';
import zhCN from '@http-status-i18n/locale-zh-cn';
await i18next.init({ lng: 'zh-CN', fallbackLng: 'en', ns: [NAMESPACE], resources: toResources([en, zhCN]) });
console.log(JSON.stringify([i18next.t('httpStatus:409.summary') === zhCN.statuses['409'].summary, statusMessage(i18next, 477).includes('477')]));`,
    );
    expect(JSON.parse(node('i18n.mjs'))).toEqual([true, true]);
  });

  it.each(['bundler', 'node16'])(
    'type-check with moduleResolution %s, typed i18next keys included',
    (resolution) => {
      const module = resolution === 'bundler' ? 'esnext' : 'node16';
      writeFileSync(
        join(project, `typed-${resolution}.ts`),
        `import { getStatus, STATUS, type StatusInfo } from '@http-status-i18n/core';
import type { HttpStatusNamespace } from '@http-status-i18n/i18next';
import en from '@http-status-i18n/locale-en';
import i18next from 'i18next';
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: { welcome: string }; httpStatus: HttpStatusNamespace };
  }
}
const conflict: StatusInfo<409> = getStatus(STATUS.CONFLICT);
const code: 409 = conflict.code;
const summary: string = en.statuses['409'].summary;
i18next.t('httpStatus:409.message');
// @ts-expect-error a typo in a key is a compile error
i18next.t('httpStatus:409.mesage');
export { code, summary };
`,
      );
      writeFileSync(
        join(project, `tsconfig.${resolution}.json`),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            module,
            moduleResolution: resolution,
            target: 'es2022',
            skipLibCheck: false,
            types: [],
          },
          files: [`typed-${resolution}.ts`],
        }),
      );
      // tsc prints every type error; run() puts them in the failure.
      run(join(project, 'node_modules/.bin/tsc'), ['-p', `tsconfig.${resolution}.json`]);
    },
  );
});

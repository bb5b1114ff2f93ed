// biome-ignore-all lint/suspicious/noExplicitAny: the fixtures edit arbitrary JSON
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectedTextPaths } from '../expected-shape.js';
import { addLocale, recordSources } from '../scaffold.js';
import { runLocaleTool, table } from '../tool.js';

const cli = join(import.meta.dirname, '..', 'cli.ts');
let localesDir: string;

/** Runs the tool in-process, as its bin does; returns its exit code and all it printed. */
function run(...args: string[]) {
  let output = '';
  const sink = { write: (text: string) => (output += text) };
  const status = runLocaleTool([...args, '--dir', localesDir], { stdout: sink, stderr: sink });
  return { status, output };
}

/** Runs the real bin in a child process, as `pnpm locales …` does. */
function runBin(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', cli, ...args, '--dir', localesDir],
    { encoding: 'utf8' },
  );
  return { status: result.status, output: result.stdout + result.stderr };
}

const file = (tag: string, name = 'messages.json') => join(localesDir, tag, name);
const readMessages = (tag: string) => JSON.parse(readFileSync(file(tag), 'utf8'));
const writeMessages = (tag: string, data: unknown) =>
  writeFileSync(file(tag), `${JSON.stringify(data, null, 2)}\n`);

/** A complete, valid locale: every text says which locale and path it is, placeholders kept. */
function translatedLocale(tag: string) {
  addLocale(localesDir, tag);
  const data = readMessages(tag);
  for (const path of expectedTextPaths()) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce((node, key) => node[key], data);
    const needsCode = /^classes\.\dxx\.message$|^ui\.unknown/.test(path);
    parent[last] = `${tag} text of ${path}${needsCode ? ' {{code}}' : ''}`;
  }
  for (const [key, extra] of Object.entries({
    pageTitle: '{{code}} {{phrase}}',
    intro: '{{code}} {{className}}',
    definedBy: '{{source}}',
    unknownLocale: '{{locale}}',
    noResults: '{{query}}',
    rateLimitedRetry: '{{wait}}',
    unavailableRetry: '{{wait}}',
    allowedMethods: '{{methods}}',
    sizeLimit: '{{limit}}',
  })) {
    data.ui[key] = `${tag} ${key} ${extra}`;
  }
  // Complete, so no longer a draft, and publishable.
  delete data.draft;
  writeMessages(tag, data);
  const manifest = JSON.parse(readFileSync(file(tag, 'package.json'), 'utf8'));
  delete manifest.private;
  writeFileSync(file(tag, 'package.json'), JSON.stringify(manifest, null, 2));
  if (tag !== 'en') recordSources(localesDir, tag);
}

/** The problem lines of the report: `file:line  path  message`. */
const problemLines = (output: string) =>
  output.split('\n').filter((line) => /messages\.json:\d+|\.json:\d+/.test(line));

/** Complete en and de, built once and copied for each test: each test may change its copy. */
let template: string;
beforeAll(() => {
  localesDir = template = mkdtempSync(join(tmpdir(), 'locales-template-'));
  translatedLocale('en');
  translatedLocale('de');
});
afterAll(() => rmSync(template, { recursive: true, force: true }));
beforeEach(() => {
  localesDir = mkdtempSync(join(tmpdir(), 'locales-'));
  cpSync(template, localesDir, { recursive: true });
});
afterEach(() => rmSync(localesDir, { recursive: true, force: true }));

describe('locales check', () => {
  it('passes complete locales and prints the coverage table', () => {
    const { status, output } = run('check');
    expect(status).toBe(0);
    const total = expectedTextPaths().length;
    expect(output).toMatch(
      new RegExp(`^de\\s+Deutsch\\s+ltr\\s+${total}/${total} \\(100%\\)\\s+0\\s+0\\s+0\\s+0$`, 'm'),
    );
    expect(output).toContain('0 problems in 2 locales');
  });

  it.each([
    ['a missing code', (d: any) => delete d.statuses['409'], /statuses\.409\.name\s+missing/],
    [
      'a missing field',
      (d: any) => delete d.statuses['409'].summary,
      /statuses\.409\.summary\s+missing/,
    ],
    [
      'an empty string',
      (d: any) => (d.statuses['404'].message = '  '),
      /statuses\.404\.message\s+empty/,
    ],
    [
      'an extra code',
      (d: any) => (d.statuses['477'] = { name: 'x', summary: 'x', description: 'x', message: 'x' }),
      /statuses\.477\.name\s+code 477 is not in the registry/,
    ],
    [
      'an extra field',
      (d: any) => (d.statuses['409'].hint = 'x'),
      /statuses\.409\.hint\s+is not a field of the registry/,
    ],
    [
      'a placeholder mismatch',
      (d: any) => (d.classes['4xx'].message = 'Fehler {{status}}'),
      /classes\.4xx\.message\s+placeholders \{\{status\}\}, expected \{\{code\}\}/,
    ],
    [
      'a lost placeholder',
      (d: any) => (d.ui.pageTitle = 'HTTP {{code}}'),
      /ui\.pageTitle\s+placeholders \{\{code\}\}, expected \{\{code\}\} \{\{phrase\}\}/,
    ],
    [
      'a wrong locale field',
      (d: any) => (d.locale = 'de-AT'),
      /locale\s+is "de-AT", the folder says "de"/,
    ],
    [
      'markup in a string',
      (d: any) => (d.statuses['500'].description = 'Der <b>Server</b> ist kaputt'),
      /statuses\.500\.description\s+markup is not allowed/,
    ],
    [
      'Markdown in a string',
      (d: any) => (d.statuses['500'].summary = 'Der **Server**'),
      /statuses\.500\.summary\s+markup is not allowed/,
    ],
    [
      'a text left in English',
      (d: any) => (d.statuses['409'].name = 'en text of statuses.409.name'),
      /statuses\.409\.name\s+identical to en/,
    ],
    [
      'a wrong direction',
      (d: any) => (d.direction = 'rtl'),
      /direction\s+is "rtl", but de is written ltr/,
    ],
    [
      'a code named like its class',
      (d: any) => (d.statuses['200'].name = d.classes['2xx'].name),
      /statuses\.200\.name\s+is the name of its class 2xx/,
    ],
    [
      'a number instead of text',
      (d: any) => (d.statuses['200'].name = 200),
      /statuses\.200\.name\s+must be a string, is number/,
    ],
  ])('reports %s with file, line and path, and fails', (_case, mutate, expected) => {
    const data = readMessages('de');
    mutate(data);
    writeMessages('de', data);
    const { status, output } = run('check');
    expect(status).toBe(1);
    const problems = problemLines(output);
    const line = problems.find((problem) => expected.test(problem));
    expect(line, output).toBeDefined();
    // The line number points at the key itself (or its parent when the key is missing).
    const [, lineNumber] = /messages\.json:(\d+)/.exec(line as string) ?? [];
    const path = (line as string).split(/\s{2,}/)[1] as string;
    const fileLines = readFileSync(file('de'), 'utf8').split('\n');
    const key = path
      .split('.')
      .reverse()
      .find((part) => fileLines[Number(lineNumber) - 1]?.includes(`"${part}"`));
    expect(key, `${line}`).toBeDefined();
    expect(output).toMatch(/[1-9]\d* problems? in 2 locales/);
  });

  it('reports broken JSON with its file, line and column', () => {
    const text = readFileSync(file('de'), 'utf8').split('\n');
    text[7] = `${text[7]},`;
    writeFileSync(file('de'), text.join('\n'));
    const { status, output } = run('check');
    expect(status).toBe(1);
    expect(output).toMatch(/de\/messages\.json:8\s+-\s+invalid JSON at column \d+: /);
  });

  it('accepts a text identical to en when the locale lists it, with a reason', () => {
    const data = readMessages('de');
    data.statuses['200'].name = readMessages('en').statuses['200'].name;
    writeMessages('de', data);
    writeFileSync(
      file('de', 'untranslated.json'),
      JSON.stringify({ 'statuses.200.name': '"OK" is the German UI word too' }),
    );
    const { status, output } = run('check', 'de');
    expect(status, output).toBe(0);
    expect(output).toMatch(/^de\s.*\s0\s+1\s+0$/m);
  });

  it('reports an allowlist entry that is no longer needed', () => {
    writeFileSync(
      file('de', 'untranslated.json'),
      JSON.stringify({ 'statuses.200.name': 'was English once' }),
    );
    const { status, output } = run('check', 'de');
    expect(status).toBe(1);
    expect(output).toMatch(
      /untranslated\.json:1\s+statuses\.200\.name\s+no longer identical to en/,
    );
  });

  it('reports a package name that does not match the folder', () => {
    const packageFile = file('de', 'package.json');
    writeFileSync(
      packageFile,
      readFileSync(packageFile, 'utf8').replace('locale-de"', 'locale-german"'),
    );
    const { status, output } = run('check');
    expect(status).toBe(1);
    expect(output).toMatch(
      /de\/package\.json:2\s+name\s+is "@http-status-i18n\/locale-german", should be "@http-status-i18n\/locale-de"/,
    );
  });

  it('reports a package.json whose exports lack a per-field entry point, saying what to write', () => {
    const packageFile = file('de', 'package.json');
    const manifest = JSON.parse(readFileSync(packageFile, 'utf8'));
    delete manifest.exports['./names'];
    writeFileSync(packageFile, JSON.stringify(manifest, null, 2));
    const { status, output } = run('check');
    expect(status).toBe(1);
    expect(output).toMatch(
      /de\/package\.json:\d+\s+exports\["\.\/names"\]\s+should be \{"import":\{"types":"\.\/dist\/entries\/names\.d\.ts"/,
    );
    expect(problemLines(output)).toHaveLength(1);
  });

  it('reports every problem at once, not just the first', () => {
    const data = readMessages('de');
    delete data.statuses['409'];
    data.statuses['404'].message = '';
    data.locale = 'fr';
    writeMessages('de', data);
    const { output } = run('check');
    expect(problemLines(output).length).toBe(4 + 1 + 1);
  });
});

describe('locales add', () => {
  it('scaffolds a folder with every key, named by the canonical tag', () => {
    const { status, output } = run('add', 'pt-br');
    expect(status, output).toBe(0);
    const data = readMessages('pt-BR');
    expect(data).toMatchObject({ locale: 'pt-BR', direction: 'ltr' });
    expect(JSON.parse(readFileSync(file('pt-BR', 'package.json'), 'utf8')).name).toBe(
      '@http-status-i18n/locale-pt-br',
    );
    for (const name of ['src/index.ts', 'README.md', 'tsconfig.json', 'LICENSE', 'provenance.json'])
      expect(existsSync(file('pt-BR', name))).toBe(true);
    // Every key is there, empty; a new locale is a draft, so it can land before it is done.
    expect(readMessages('pt-BR').draft).toBe(true);
    expect(JSON.parse(readFileSync(file('pt-BR', 'package.json'), 'utf8')).private).toBe(true);
    const check = run('check', 'pt-BR');
    expect(check.status, check.output).toBe(0);
    expect(check.output).toMatch(/^pt-BR\s+português \(Brasil\) \(draft\)\s+ltr\s+0\/\d+ \(0%\)/im);
    expect(readMessages('pt-BR').statuses['409']).toEqual({
      name: '',
      summary: '',
      description: '',
      message: '',
    });
  });

  it('knows right-to-left languages', () => {
    expect(run('add', 'ar').status).toBe(0);
    expect(readMessages('ar').direction).toBe('rtl');
  });

  it.each(['en--US', 'not a tag', '123', 'x-private', ''])('refuses the invalid tag %j', (tag) => {
    const { status, output } = run('add', tag);
    expect(status).not.toBe(0);
    expect(output).toMatch(/not a valid BCP 47 language tag|usage/);
  });

  it('refuses an existing folder and leaves it byte-identical', () => {
    const before = readFileSync(file('de'), 'utf8');
    const { status, output } = run('add', 'de');
    expect(status).toBe(1);
    expect(output).toContain('already exists');
    expect(readFileSync(file('de'), 'utf8')).toBe(before);
  });
});

describe('locales sync', () => {
  it('adds what the registry has and a locale lacks, keeping every translation byte-identical', () => {
    const data = readMessages('de');
    delete data.statuses['418'];
    delete data.ui.dismiss;
    data.statuses['477'] = { name: 'Eigener Code', summary: 's', description: 'd', message: 'm' };
    writeMessages('de', data);
    const before = readFileSync(file('de'), 'utf8');

    const { status, output } = run('sync');
    expect(status, output).toBe(0);
    expect(output).toContain('de: added 5 empty text(s): ui.dismiss, statuses.418.name');
    expect(output).toContain('de: statuses.477 is not in the registry; kept');

    const after = readFileSync(file('de'), 'utf8');
    const synced = JSON.parse(after);
    expect(synced.statuses['418']).toEqual({ name: '', summary: '', description: '', message: '' });
    expect(synced.ui.dismiss).toBe('');
    expect(synced.statuses['477'].name).toBe('Eigener Code');
    // Every line that was there is still there, in order, unchanged but for the comma JSON
    // needs before a key added after it.
    const afterLines = after.split('\n');
    let cursor = 0;
    for (const line of before.split('\n')) {
      cursor = afterLines.findIndex(
        (candidate, index) => index >= cursor && (candidate === line || candidate === `${line},`),
      );
      expect(cursor, line).toBeGreaterThanOrEqual(0);
    }
  });

  it('does not touch complete locales', () => {
    const before = readFileSync(file('de'));
    expect(run('sync').output).toContain('de: nothing to add');
    expect(readFileSync(file('de')).equals(before)).toBe(true);
  });

  it('never writes a locale it cannot read', () => {
    writeFileSync(file('de'), '{ "locale": "de", ');
    const { status, output } = run('sync');
    expect(status).toBe(1);
    expect(output).toContain('de: skipped, invalid JSON');
    expect(readFileSync(file('de'), 'utf8')).toBe('{ "locale": "de", ');
  });
});

// Two cases start the real command line; the rest call the same function in-process. A child
// process on a loaded two-core machine can take many seconds to start, hence the long timeout.
describe('the locales bin', () => {
  it('checks the locales and exits 0 when they are complete', { timeout: 120_000 }, () => {
    const { status, output } = runBin('check');
    expect(output).toContain('0 problems in 2 locales');
    expect(status).toBe(0);
  });

  it('prints its usage and exits 2 on an unknown command', { timeout: 120_000 }, () => {
    const { status, output } = runBin('translate');
    expect(output).toContain('usage: pnpm locales');
    expect(status).toBe(2);
  });
});

describe('translation provenance', () => {
  const changeEnglish = (path: string[], text: string) => {
    const english = readMessages('en');
    const last = path.pop() as string;
    path.reduce((node, key) => node[key], english)[last] = text;
    writeMessages('en', english);
  };

  it('reports a text whose English changed as stale, with the old and new English, and fails', () => {
    const before = readMessages('en').statuses['409'].summary;
    changeEnglish(['statuses', '409', 'summary'], 'The request conflicts with the resource.');
    const { status, output } = run('check');
    expect(status).toBe(1);
    const line = problemLines(output).find((problem) => problem.includes('statuses.409.summary'));
    expect(line).toMatch(/de\/messages\.json:\d+\s+statuses\.409\.summary\s+stale: /);
    expect(line).toContain(JSON.stringify(before));
    expect(line).toContain('"The request conflicts with the resource."');
    expect(output).toMatch(/^de\s.*\s1\s+0\s+1$/m);
  });

  it('records the new source once the translator updates the text, and only that text', () => {
    changeEnglish(['statuses', '409', 'summary'], 'New English summary.');
    changeEnglish(['statuses', '404', 'name'], 'New English name.');
    const data = readMessages('de');
    data.statuses['409'].summary = 'Neue deutsche Zusammenfassung.';
    writeMessages('de', data);

    const recorded = run('record', 'de');
    expect(recorded.status, recorded.output).toBe(0);
    expect(recorded.output).toContain(
      'de: recorded the English source of 1 text(s): statuses.409.summary',
    );
    expect(recorded.output).toContain(
      'still stale (their translation did not change): statuses.404.name',
    );

    const { output } = run('check');
    expect(problemLines(output)).toEqual([expect.stringMatching(/statuses\.404\.name\s+stale/)]);
    // A text the translator found still right for the new English is recorded by name.
    expect(run('record', 'de', 'statuses.404.name').status).toBe(0);
    expect(run('check').status).toBe(0);
  });

  it('reports a translated text that was never recorded', () => {
    writeFileSync(file('de', 'provenance.json'), '{}\n');
    const { status, output } = run('check', 'de');
    expect(status).toBe(1);
    expect(output).toMatch(/statuses\.409\.name\s+not recorded: .*pnpm locales record de/);
  });

  it('refuses to record an unknown path or the English locale itself', () => {
    expect(run('record', 'de', 'statuses.409.nmae').output).toContain(
      'not a text of the registry: statuses.409.nmae',
    );
    expect(run('record', 'en').status).toBe(1);
  });

  it('leaves translations untouched when recording', () => {
    const before = readFileSync(file('de'), 'utf8');
    run('record', 'de', '--all');
    expect(readFileSync(file('de'), 'utf8')).toBe(before);
  });
});

describe('hostile locale files', () => {
  it('reports a key written twice with both lines, and sync refuses to rewrite the file', () => {
    const text = readFileSync(file('de'), 'utf8').replace(
      /("409": \{\n\s+"name": "[^"]*",)/,
      '$1\n      "name": "Doppelt",',
    );
    writeFileSync(file('de'), text);
    const { status, output } = run('check', 'de');
    expect(status).toBe(1);
    expect(output).toMatch(
      /de\/messages\.json:(\d+)\s+statuses\.409\.name\s+repeats the key of line (\d+)/,
    );
    const sync = run('sync');
    expect(sync.output).toMatch(/de: skipped, repeated keys \(statuses\.409\.name on line \d+\)/);
    expect(readFileSync(file('de'), 'utf8')).toBe(text);
  });

  it('reports a symlinked locale folder and never writes through a symlinked messages.json', () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    try {
      cpSync(join(localesDir, 'de'), join(outside, 'fr'), { recursive: true });
      symlinkSync(join(outside, 'fr'), join(localesDir, 'fr'));
      expect(run('check').output).toMatch(
        /fr\/messages\.json:1\s+-\s+the folder is a symbolic link/,
      );

      rmSync(join(localesDir, 'fr'));
      const data = readMessages('de');
      delete data.statuses['418'];
      writeFileSync(join(outside, 'messages.json'), `${JSON.stringify(data, null, 2)}\n`);
      rmSync(file('de'));
      symlinkSync(join(outside, 'messages.json'), file('de'));
      const before = readFileSync(join(outside, 'messages.json'), 'utf8');
      expect(run('sync').output).toMatch(/de: skipped, .*is a symbolic link/);
      expect(readFileSync(join(outside, 'messages.json'), 'utf8')).toBe(before);
      expect(run('check', 'de').output).toContain('messages.json is a symbolic link');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it.each([
    ['null', 'null', /de\/messages\.json:1\s+-\s+the file must hold one JSON object/],
    ['a string', '"hallo"', /the file must hold one JSON object/],
    ['a number', '42', /the file must hold one JSON object/],
    ['nested 10,000 deep', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, /nested deeper than/],
    [
      'a byte order mark',
      '\ufeff{}',
      /:1\s+-\s+invalid JSON at column 1: the file starts with a byte order mark/,
    ],
  ])('answers messages.json holding %s with a problem, not a crash', (_case, text, expected) => {
    writeFileSync(file('de'), text);
    const { status, output } = run('check');
    expect(status).toBe(1);
    expect(output).toMatch(expected);
  });

  it('names the line of a stray token after the JSON value', () => {
    const text = `${readFileSync(file('de'), 'utf8')}\nx\n`;
    writeFileSync(file('de'), text);
    const lineOfToken = text.split('\n').indexOf('x') + 1;
    expect(run('check', 'de').output).toMatch(
      new RegExp(
        `de/messages\\.json:${lineOfToken}\\s+-\\s+invalid JSON at column 1: unexpected "x"`,
      ),
    );
  });

  it('answers a package.json holding null', () => {
    writeFileSync(file('de', 'package.json'), 'null');
    expect(run('check', 'de').output).toMatch(/de\/package\.json:\d+\s+name\s+is undefined/);
  });

  it('reports thousands of problems, every one of them', () => {
    const data = readMessages('de');
    for (let index = 0; index < 5_000; index++) data.statuses['409'][`extra${index}`] = 'x';
    writeMessages('de', data);
    const { status, output } = run('check', 'de');
    expect(status).toBe(1);
    expect(output).toContain('5000 problems in 1 locale');
  });

  it('lays out a report of more rows than a function takes arguments', () => {
    // Math.max(...widths) over ~120,000 rows threw a RangeError; the report must not.
    const rows = Array.from({ length: 200_000 }, (_, index) => [`file:${index}`, 'path', 'x']);
    const lines = table([['file', 'path', 'message'], ...rows]).split('\n');
    expect(lines).toHaveLength(200_001);
    expect(lines[200_000]).toBe('file:199999  path  x');
  });

  it('rejects a 160 KB text of brackets as too long, and still finds markup in a long text', () => {
    const data = readMessages('de');
    data.statuses['500'].description = '['.repeat(160_000);
    data.statuses['501'].description = `${'[a'.repeat(1900)} [Link](https://example.com)`;
    writeMessages('de', data);
    const { output } = run('check', 'de');
    expect(output).toMatch(/statuses\.500\.description\s+is 160000 characters long/);
    expect(output).toMatch(/statuses\.501\.description\s+markup is not allowed/);
  });
});

describe('placeholders', () => {
  it('accepts a placeholder used twice', () => {
    const data = readMessages('de');
    data.classes['4xx'].message = 'Fehler {{code}}: Code {{code}} bitte melden';
    writeMessages('de', data);
    run('record', 'de');
    expect(run('check', 'de').status).toBe(0);
  });

  it('requires the placeholders the server fills, even in the reference locale', () => {
    const data = readMessages('en');
    data.ui.rateLimitedRetry = 'Please try again later.';
    data.ui.allowedMethods = 'Allowed: {{list}}';
    data.ui.sizeLimit = 'Too large: {{limit}} ({{limit}})';
    writeMessages('en', data);
    const { status, output } = run('check', 'en');
    expect(status).toBe(1);
    expect(output).toMatch(/ui\.rateLimitedRetry\s+placeholders none, expected \{\{wait\}\}/);
    expect(output).toMatch(
      /ui\.allowedMethods\s+placeholders \{\{list\}\}, expected \{\{list\}\} \{\{methods\}\}/,
    );
    expect(output).not.toMatch(/ui\.sizeLimit/);
  });

  it('names single braces as the mistake', () => {
    const data = readMessages('de');
    data.classes['4xx'].message = 'Fehler {code}';
    writeMessages('de', data);
    expect(run('check', 'de').output).toMatch(
      /classes\.4xx\.message\s+"\{code\}" has single braces: placeholders are written \{\{code\}\}/,
    );
  });
});

describe('right-to-left locales', () => {
  it('reports a Latin run with neutral characters that is not isolated, and accepts it isolated', () => {
    addLocale(localesDir, 'ar');
    const data = readMessages('ar');
    const english = readMessages('en');
    for (const [index, path] of expectedTextPaths().entries()) {
      const keys = path.split('.');
      const last = keys.pop() as string;
      const source: string = keys.reduce((node: any, key) => node[key], english)[last];
      const placeholders = source.match(/\{\{\w+\}\}/g) ?? [];
      keys.reduce((node: any, key) => node[key], data)[last] =
        `نص عربي ${index} ${placeholders.join(' ')}`.trim();
    }
    data.statuses['425'].description = 'يرفض الخادم البيانات المبكرة (0-RTT) عبر HTTP/2 و GET';
    writeMessages('ar', data);
    run('record', 'ar');
    const lines = problemLines(run('check', 'ar').output);
    expect(lines).toEqual([
      expect.stringMatching(
        /statuses\.425\.description\s+left-to-right run "\(0-RTT\)" is not isolated/,
      ),
      expect.stringMatching(
        /statuses\.425\.description\s+left-to-right run "HTTP\/2" is not isolated/,
      ),
    ]);

    data.statuses['425'].description =
      'يرفض الخادم البيانات المبكرة \u2066(0-RTT)\u2069 عبر \u2066HTTP/2\u2069 و GET';
    writeMessages('ar', data);
    run('record', 'ar');
    expect(run('check', 'ar').status).toBe(0);
  });
});

describe("draft locales and the translator's view", () => {
  /** A locale with every text empty but a few, as a translator leaves it midway. */
  function halfTranslated() {
    addLocale(localesDir, 'it');
    const data = readMessages('it');
    data.statuses['404'] = {
      name: 'Non trovato',
      summary: 'La risorsa richiesta non è stata trovata.',
      description: 'Il server non ha trovato una rappresentazione attuale della risorsa.',
      message: 'Questa pagina non esiste.',
    };
    writeMessages('it', data);
    run('record', 'it');
    return data;
  }

  it('lets a half-translated draft land with the check green and its coverage shown', () => {
    halfTranslated();
    const { status, output } = run('check');
    expect(status, output).toBe(0);
    expect(output).toMatch(/^it\s+italiano \(draft\)\s+ltr\s+4\/\d+ \(\d%\)/im);
  });

  it('still reports real problems in a draft, and a draft must stay private', () => {
    const data = halfTranslated();
    data.statuses['404'].message = 'Errore {code}';
    writeMessages('it', data);
    const packageFile = file('it', 'package.json');
    const manifest = JSON.parse(readFileSync(packageFile, 'utf8'));
    delete manifest.private;
    writeFileSync(packageFile, JSON.stringify(manifest, null, 2));
    const { status, output } = run('check', 'it');
    expect(status).toBe(1);
    expect(output).toMatch(/statuses\.404\.message\s+"\{code\}" has single braces/);
    expect(output).toMatch(
      /it\/package\.json:\d+\s+private\s+a draft locale must not be published/,
    );
  });

  it('lists every missing text once the draft flag is removed', () => {
    const data = halfTranslated();
    delete data.draft;
    writeMessages('it', data);
    const { status, output } = run('check', 'it');
    expect(status).toBe(1);
    expect(problemLines(output).filter((line) => line.endsWith('empty')).length).toBe(
      expectedTextPaths().length - 4,
    );
  });

  it('hides the missing-text lines with --errors, but keeps the verdict', () => {
    const data = halfTranslated();
    delete data.draft;
    data.statuses['404'].name = 'Non trovato <b>';
    writeMessages('it', data);
    const { status, output } = run('check', 'it', '--errors');
    expect(status).toBe(1);
    expect(problemLines(output)).toEqual([expect.stringMatching(/statuses\.404\.name\s+markup/)]);
    expect(output).toMatch(/missing or empty texts not listed: --errors/);
  });

  it('shows the English beside each text still to translate or update', () => {
    halfTranslated();
    const english = readMessages('en');
    const { status, output } = run('show', 'it', '--todo');
    expect(status).toBe(0);
    expect(output).toContain(
      `statuses.409.name\n  en: ${english.statuses['409'].name}\n  it: (to translate)`,
    );
    expect(output).not.toContain('statuses.404.name');
    expect(output).toMatch(
      new RegExp(
        `${expectedTextPaths().length - 4} of ${expectedTextPaths().length} texts to translate or update in it`,
      ),
    );

    english.statuses['404'].name = 'Nothing here';
    writeMessages('en', english);
    const stale = run('show', 'it', '--todo').output;
    expect(stale).toContain(
      'statuses.404.name\n  en: Nothing here\n  en before: en text of statuses.404.name\n  it: Non trovato',
    );
  });
});

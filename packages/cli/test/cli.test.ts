import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type CliContext, runCli } from '@http-status-i18n/cli';
import {
  commonStatusCodes,
  getStatus,
  interpolate,
  type LocaleBundle,
  statusCodes,
} from '@http-status-i18n/core';
import { en, ja, locales, zhCN, zhTW } from '@http-status-i18n/locales';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(argv: readonly string[], context: Partial<CliContext> = {}): Run {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    env: {},
    isTTY: false,
    ...context,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

const ESCAPE = '\x1b';

/** Terminal columns, counted independently of the CLI: CJK wide characters take two. */
const width = (line: string) =>
  [...line].reduce(
    (sum, char) =>
      sum +
      (/[\p{Mn}\p{Me}\p{Cf}]/u.test(char)
        ? 0
        : /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(
              char,
            )
          ? 2
          : 1),
    0,
  );

/** The text of a wrapped, indented (or quoted) paragraph, put back on one line. */
const unwrap = (lines: string, joiner: string) =>
  lines
    .split('\n')
    .map((line) => line.trim().replace(/^> /, ''))
    .join(joiner);

const statusTexts = (bundle: LocaleBundle, code: number) =>
  bundle.statuses[String(code) as keyof LocaleBundle['statuses']];

describe('http-status <code>', () => {
  it('prints the reference page of 409 in Simplified Chinese', () => {
    const { code, stdout, stderr } = run(['409', '--locale', 'zh-CN']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const texts = statusTexts(zhCN, 409);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(interpolate(zhCN.ui.pageTitle, { code: '409', phrase: 'Conflict' }));
    for (const heading of ['meaning', 'details', 'specification', 'related', 'common'] as const) {
      expect(lines, heading).toContain(zhCN.ui[heading]);
    }
    expect(lines).toContain(`  ${texts.name}`);
    expect(lines).toContain(`  ${texts.summary}`);
    // Chinese wraps between characters: the lines, joined, are the description again.
    const details = stdout.split(`${zhCN.ui.details}\n`)[1]?.split('\n\n') ?? [];
    expect(unwrap(details[0] ?? '', '')).toBe(texts.description);
    expect(details[1]).toMatch(/^ {2}> /);
    expect(unwrap(details[1] ?? '', '')).toBe(texts.message);
    expect(stdout).toContain('RFC 9110 §15.5.10');
    expect(stdout).toContain('https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10');
    expect(stdout).toContain(`  ${zhCN.ui.standingStandard}\n`);
    for (const related of [412, 428, 423]) {
      expect(lines).toContain(`  ${related}  ${statusTexts(zhCN, related).name}`);
    }
    for (const common of commonStatusCodes) {
      expect(lines).toContain(`  ${common}  ${statusTexts(zhCN, common).name}`);
    }
  });

  it("names the vendor of an unofficial code and leaves a common code out of its own 'other common codes'", () => {
    const nginx = run(['499']).stdout;
    expect(nginx).toContain(interpolate(en.ui.definedBy, { source: 'nginx' }));
    expect(nginx).toContain(en.ui.standingUnofficial);
    expect(nginx).not.toContain('rfc-editor.org');

    const notFound = run(['404']).stdout.split(`${en.ui.common}\n`)[1] ?? '';
    expect(notFound).toContain('  200  OK');
    expect(notFound).not.toContain('  404  ');
  });

  it('prints its class text for a code the registry does not know, and exits with 1', () => {
    const { code, stdout } = run(['477', '--locale', 'ja']);
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe(interpolate(ja.ui.unknown, { code: '477' }));
    expect(stdout).toContain(`  ${ja.classes['4xx'].name}\n`);
    const message = interpolate(ja.classes['4xx'].message, { code: '477' });
    // Japanese wraps between characters, and at the space before the code.
    expect(unwrap(stdout, '').replaceAll(' ', '')).toContain(message.replaceAll(' ', ''));
  });

  it('reads a code typed with spaces around it', () => {
    expect(run([' 409 '])).toEqual(run(['409']));
  });

  it('prints the unknown-status text outside 100–599, and exits with 1', () => {
    for (const input of ['999', '42', 'teapot']) {
      const { code, stdout } = run([input]);
      expect(code, input).toBe(1);
      expect(stdout.split('\n')[0]).toBe(interpolate(en.ui.unknown, { code: input }));
      expect(unwrap(stdout, ' ')).toContain(interpolate(en.ui.unknownMessage, { code: input }));
    }
  });

  it('wraps at the terminal width, counting Chinese characters as two columns', () => {
    for (const columns of [40, 80, 120]) {
      for (const [bundle, joiner] of [
        [zhCN, ''],
        [en, ' '],
      ] as const) {
        const { stdout } = run(['409', '--locale', bundle.locale], { columns });
        for (const line of stdout.split('\n')) {
          if (line.includes('https://')) continue; // a link is never cut
          expect(width(line), `${columns}: ${line}`).toBeLessThanOrEqual(columns);
        }
        const details = stdout.split(`${bundle.ui.details}\n`)[1]?.split('\n\n')[0] ?? '';
        expect(unwrap(details, joiner)).toBe(statusTexts(bundle, 409).description);
      }
    }
    // A left-to-right run isolated inside Arabic text ("⁦TLS 1.3 (0-RTT)⁩") stays on one line.
    for (const columns of [30, 50, 80]) {
      for (const line of run(['425', '--locale', 'ar'], { columns }).stdout.split('\n')) {
        const opened = line.match(/[\u2066-\u2068]/g)?.length ?? 0;
        expect(line.match(/\u2069/g)?.length ?? 0, line).toBe(opened);
      }
    }
    // Without a terminal, 80 columns.
    const piped = run(['409']).stdout.split('\n');
    expect(Math.max(...piped.filter((line) => !line.includes('https://')).map(width))).toBe(80);
  });
});

describe('http-status <class>, list, search', () => {
  it('prints a class with its description and every code of it', () => {
    const { code, stdout } = run(['4xx', '--locale', 'zh-TW']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(`4xx  ${zhTW.classes['4xx'].name}`);
    const fourHundreds = statusCodes.filter((status) => status >= 400 && status < 500);
    for (const status of fourHundreds) {
      expect(stdout).toContain(`  ${status}  ${statusTexts(zhTW, status).name}\n`);
    }
    expect(stdout).not.toMatch(/^ {2}500 /m);
    expect(run(['5XX']).stdout.split('\n')[0]).toBe(`5xx  ${en.classes['5xx'].name}`);
  });

  it('lists every code under its class', () => {
    const { code, stdout } = run(['list']);
    expect(code).toBe(0);
    for (const statusClass of ['1xx', '2xx', '3xx', '4xx', '5xx'] as const) {
      expect(stdout).toContain(`${statusClass}  ${en.classes[statusClass].name}\n`);
    }
    const listed = stdout.match(/^ {2}\d{3}(?= )/gm)?.map(Number);
    expect(listed).toEqual([...statusCodes]);
  });

  it('searches names and summaries in the chosen locale', () => {
    const { code, stdout } = run(['search', '冲突'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(code).toBe(0);
    expect(stdout).toContain(`  409  ${statusTexts(zhCN, 409).name}\n`);
    for (const found of stdout.match(/^ {2}\d{3}(?= )/gm) ?? []) {
      const texts = statusTexts(zhCN, Number(found));
      expect(texts.name + texts.summary).toContain('冲突');
    }
  });

  it('ignores case and width, needs every word, and matches codes by their first digits', () => {
    const codes = (argv: string[]) =>
      run(argv)
        .stdout.match(/^ {2}\d{3}(?= )/gm)
        ?.map(Number) ?? [];
    expect(codes(['search', 'CONFLICT'])).toContain(409);
    expect(codes(['search', 'ｃｏｎｆｌｉｃｔ'])).toContain(409);
    expect(codes(['search', 'gateway', 'timeout'])).toContain(504);
    expect(codes(['search', 'gateway', 'timeout'])).not.toContain(502);
    expect(codes(['search', '40'])).toEqual(
      statusCodes.filter((status) => status >= 400 && status < 410),
    );
  });

  it('says when nothing matches, in the locale, and exits with 1', () => {
    const { code, stdout } = run(['search', 'zzzq', '--locale', 'zh-CN']);
    expect(code).toBe(1);
    expect(stdout).toBe(`${interpolate(zhCN.ui.noResults, { query: 'zzzq' })}\n`);
  });
});

describe('the language', () => {
  const localeOf = (env: Record<string, string>, argv: string[] = []) =>
    (JSON.parse(run(['200', '--json', ...argv], { env }).stdout) as { locale: string }).locale;

  it('comes from LC_ALL, else LC_MESSAGES, else LANG, in POSIX form', () => {
    expect(localeOf({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(localeOf({ LANG: 'zh_TW.Big5' })).toBe('zh-TW');
    expect(localeOf({ LANG: 'pt_BR.UTF-8@euro' })).toBe('pt-BR');
    expect(localeOf({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' })).toBe('fr');
    expect(localeOf({ LANG: 'de_DE', LC_MESSAGES: 'fr_FR', LC_ALL: 'ko_KR.UTF-8' })).toBe('ko');
    // An empty variable counts as unset.
    expect(localeOf({ LANG: 'ja_JP.UTF-8', LC_ALL: '' })).toBe('ja');
  });

  it('is English for C and POSIX, for a language without a locale, and without any variable', () => {
    expect(localeOf({ LANG: 'de_DE.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(localeOf({ LANG: 'C.UTF-8' })).toBe('en');
    expect(localeOf({ LC_ALL: 'POSIX' })).toBe('en');
    expect(localeOf({ LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(localeOf({})).toBe('en');
    expect(run(['200'], { env: { LANG: 'ru_RU.UTF-8' } }).stderr).toBe('');
  });

  it('is --locale first, matched to the closest locale', () => {
    expect(localeOf({ LANG: 'de_DE.UTF-8' }, ['--locale', 'es'])).toBe('es');
    expect(localeOf({}, ['--locale=zh-Hant-HK'])).toBe('zh-TW');
    expect(localeOf({}, ['-l', 'pt-PT'])).toBe('pt-BR');
    expect(localeOf({}, ['--locale', 'en-GB'])).toBe('en');
    expect(run(['200', '--locale', 'en-GB']).stderr).toBe('');
  });

  it('says so on stderr when --locale has no translation, and answers in English', () => {
    const { code, stdout, stderr } = run(['409', '--locale', 'sv']);
    expect(code).toBe(0);
    expect(stderr).toBe(`http-status: ${interpolate(en.ui.unknownLocale, { locale: 'sv' })}\n`);
    expect(stdout.split('\n')[0]).toBe(
      interpolate(en.ui.pageTitle, { code: '409', phrase: 'Conflict' }),
    );
  });

  it('can be any locale package of the workspace', () => {
    for (const bundle of locales) {
      const { stdout } = run(['503', '--locale', bundle.locale]);
      expect(stdout, bundle.locale).toContain(statusTexts(bundle, 503).name);
      expect(stdout, bundle.locale).toContain(bundle.ui.meaning);
    }
  });
});

describe('colour', () => {
  const colored = (context: Partial<CliContext>, argv = ['409']) =>
    run(argv, context).stdout.includes(ESCAPE);

  it('is used on a terminal only', () => {
    expect(colored({ isTTY: true })).toBe(true);
    expect(colored({ isTTY: false })).toBe(false);
    expect(colored({})).toBe(false);
  });

  it('is never used with NO_COLOR set to anything, nor on a dumb terminal', () => {
    expect(colored({ isTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(colored({ isTTY: true, env: { NO_COLOR: 'false' } })).toBe(false);
    expect(colored({ isTTY: true, env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).toBe(false);
    expect(colored({ isTTY: true, env: { TERM: 'dumb' } })).toBe(false);
    // An empty NO_COLOR is unset (no-color.org).
    expect(colored({ isTTY: true, env: { NO_COLOR: '' } })).toBe(true);
  });

  it('follows FORCE_COLOR', () => {
    expect(colored({ isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(colored({ isTTY: true, env: { FORCE_COLOR: '0' } })).toBe(false);
  });

  it('never reaches JSON, and leaves the text itself unchanged', () => {
    expect(colored({ isTTY: true }, ['409', '--json'])).toBe(false);
    for (const argv of [['409'], ['4xx'], ['list'], ['search', 'gateway']]) {
      const plain = run(argv).stdout;
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape sequences are the point
      const stripped = run(argv, { isTTY: true }).stdout.replace(/\x1b\[\d+m/g, '');
      expect(stripped).toBe(plain);
    }
  });
});

describe('--json', () => {
  const json = (argv: string[]) => {
    const result = run([...argv, '--json']);
    return { ...result, data: JSON.parse(result.stdout) };
  };
  const entryKeys = ['code', 'class', 'phrase', 'name', 'summary', 'standing'];

  it('gives the page of a code in a stable shape', () => {
    const { code, data } = json(['409', '--locale', 'zh-CN']);
    expect(code).toBe(0);
    expect(Object.keys(data)).toEqual([
      'kind',
      'locale',
      'direction',
      'code',
      'known',
      'class',
      'phrase',
      'standing',
      'source',
      'title',
      'intro',
      'name',
      'summary',
      'description',
      'message',
      'related',
      'common',
    ]);
    const texts = statusTexts(zhCN, 409);
    expect(data).toMatchObject({
      kind: 'status',
      locale: 'zh-CN',
      direction: 'ltr',
      code: 409,
      known: true,
      class: '4xx',
      phrase: 'Conflict',
      standing: 'standard',
      source: getStatus(409).source,
      ...texts,
    });
    expect(Object.keys(data.related[0])).toEqual(entryKeys);
    expect(data.related.map((entry: { code: number }) => entry.code)).toEqual([412, 428, 423]);
    expect(data.related[0].name).toBe(statusTexts(zhCN, 412).name);
    expect(data.common).toHaveLength(commonStatusCodes.length);
  });

  it('marks an unknown code, with its class texts, and exits with 1', () => {
    const unknown = json(['477']);
    expect(unknown.code).toBe(1);
    expect(unknown.data).toMatchObject({
      code: 477,
      known: false,
      class: '4xx',
      phrase: null,
      standing: null,
      source: null,
      intro: null,
      name: en.classes['4xx'].name,
      message: interpolate(en.classes['4xx'].message, { code: '477' }),
      related: [],
    });
    const junk = json(['teapot']);
    expect(junk.code).toBe(1);
    expect(junk.data).toMatchObject({ code: null, known: false, class: null });
  });

  it('gives a class, the list and search results with the same code entries', () => {
    const fourHundreds = json(['4xx']).data;
    expect(Object.keys(fourHundreds)).toEqual([
      'kind',
      'locale',
      'direction',
      'class',
      'name',
      'description',
      'codes',
    ]);
    expect(Object.keys(fourHundreds.codes[0])).toEqual(entryKeys);

    const list = json(['list', '--locale', 'ar']).data;
    expect(list).toMatchObject({ kind: 'list', locale: 'ar', direction: 'rtl' });
    expect(list.classes.map((section: { class: string }) => section.class)).toEqual([
      '1xx',
      '2xx',
      '3xx',
      '4xx',
      '5xx',
    ]);
    expect(
      list.classes.flatMap((section: { codes: { code: number }[] }) =>
        section.codes.map((entry) => entry.code),
      ),
    ).toEqual([...statusCodes]);

    const found = json(['search', 'conflict']);
    expect(found.code).toBe(0);
    expect(Object.keys(found.data)).toEqual(['kind', 'locale', 'direction', 'query', 'codes']);
    expect(found.data.codes.map((entry: { code: number }) => entry.code)).toContain(409);
    const nothing = json(['search', 'zzzq']);
    expect(nothing.code).toBe(1);
    expect(nothing.data.codes).toEqual([]);
  });
});

describe('the command line', () => {
  it('prints help and the version on stdout', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['409', '--help']]) {
      const { code, stdout, stderr } = run(argv);
      expect(code, argv.join(' ')).toBe(0);
      expect(stdout).toMatch(/^Usage: http-status <code>/);
      expect(stdout).toContain(locales.map((bundle) => bundle.locale).join(', '));
      expect(stderr).toBe('');
    }
    const manifest = JSON.parse(
      readFileSync(
        createRequire(import.meta.url).resolve('@http-status-i18n/cli/package.json'),
        'utf8',
      ),
    );
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('prints usage on stderr and exits with 2 for a bad command line', () => {
    const bad = [
      [],
      ['--bogus'],
      ['409', '--json=yes'],
      ['409', '410'],
      ['list', 'all'],
      ['search'],
      ['search', ' \t '],
      ['409', '--locale'],
      ['409', '--locale', ''],
      ['-1'],
      [' '],
    ];
    for (const argv of bad) {
      const { code, stdout, stderr } = run(argv);
      expect(code, JSON.stringify(argv)).toBe(2);
      expect(stdout, JSON.stringify(argv)).toBe('');
      expect(stderr, JSON.stringify(argv)).toMatch(/^http-status: .+\n\nUsage: http-status/);
    }
  });

  it('shows typed text back without terminal escapes, and cut', () => {
    const sequences = `${ESCAPE}]0;pwned${ESCAPE}\\${ESCAPE}[2J`;
    for (const argv of [[sequences], ['search', sequences], ['409', '--locale', sequences]]) {
      const { stdout, stderr } = run(argv);
      expect(stdout + stderr, JSON.stringify(argv)).not.toContain(ESCAPE);
    }
    const huge = 'x'.repeat(1_000_000);
    const cases = [
      { argv: [huge], exit: 1 },
      { argv: ['search', huge], exit: 1 },
      { argv: ['409', '--locale', huge], exit: 0 },
      { argv: [`--${huge}`], exit: 2 },
    ];
    for (const { argv, exit } of cases) {
      const { code, stdout, stderr } = run(argv);
      expect(code).toBe(exit);
      // The 409 page and the usage are about 2,000 characters; nothing echoes the megabyte.
      expect(stdout.length + stderr.length, argv.join(' ').slice(0, 10)).toBeLessThan(5000);
    }
  });

  it('never throws, whatever the arguments and environment', () => {
    const word = fc.oneof(
      fc.constantFrom(
        '409',
        '4xx',
        'list',
        'search',
        '--json',
        '--locale',
        '-l',
        '--help',
        '--version',
        '__proto__',
        'constructor',
        'toString',
        '--',
        '-',
        '0',
        '1e3',
        '409.0',
        'zh_CN.UTF-8',
      ),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 5 }),
        fc.dictionary(
          fc.constantFrom('LANG', 'LC_ALL', 'LC_MESSAGES', 'NO_COLOR', 'FORCE_COLOR', 'TERM'),
          fc.oneof(word, fc.constant('')),
        ),
        fc.boolean(),
        fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constant(Number.NaN)),
        (argv, env, isTTY, columns) => {
          const { code, stdout, stderr } = run(argv, { env, isTTY, columns });
          expect([0, 1, 2]).toContain(code);
          expect(stdout.length + stderr.length).toBeGreaterThan(0);
        },
      ),
      { seed: 16, numRuns: 300 },
    );
  });
});

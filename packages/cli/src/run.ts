/**
 * `http-status`: the reference page of a status code in the terminal, in the user's language.
 * It runs in-process: the bin only hands it `process.argv` and the standard streams, so tests
 * call it directly, with any environment, terminal or not.
 */
import { createTranslator, interpolate, type Translator } from '@http-status-i18n/core';
import { locales } from '@http-status-i18n/locales';
import packageJson from '../package.json' with { type: 'json' };
import { type Invocation, parseArguments, UsageError } from './arguments.js';
import { localeFromEnvironment } from './environment-locale.js';
import {
  classPage,
  codeList,
  type Reference,
  search,
  searchWords,
  statusPage,
} from './reference.js';
import { renderJson } from './render-json.js';
import { renderText } from './render-text.js';
import { echo } from './terminal-text.js';

/** Where the CLI writes and what it knows of its surroundings. */
export interface CliContext {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** The environment: `LC_ALL`, `LC_MESSAGES`, `LANG` (language), `NO_COLOR`, `FORCE_COLOR`, `TERM`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal: colour is used only then. */
  readonly isTTY?: boolean;
  /** The terminal's width in columns (`process.stdout.columns`); 80 when unknown. */
  readonly columns?: number;
}

/** Exit codes: 0 found, 1 unknown code or nothing found, 2 bad command line. */
export const exitCodes = Object.freeze({ ok: 0, notFound: 1, usage: 2 });

const DEFAULT_COLUMNS = 80;
const MIN_COLUMNS = 20;

let translator: Translator | undefined;
// Built on first use: compiling every locale is work a `--help` does not need.
const getTranslator = () => {
  translator ??= createTranslator({ locales, fallbackLocale: 'en' });
  return translator;
};

export function usage(): string {
  return `Usage: http-status <code>            the reference page of a status code (409)
       http-status <class>           a class and its codes (4xx)
       http-status list              every status code
       http-status search <words…>   codes whose name or summary holds every word

Options:
  -l, --locale <tag>   language of the texts, e.g. zh-CN (default: from LC_ALL,
                       LC_MESSAGES or LANG, else en)
      --json           print JSON, for scripts
  -h, --help           print this help
      --version        print the version

Languages: ${getTranslator().locales.join(', ')}
Exit status: 0 found, 1 unknown code or no match, 2 bad command line.
`;
}

/**
 * Colour only on a terminal, never with NO_COLOR (https://no-color.org: any non-empty value),
 * nor on a dumb terminal; FORCE_COLOR (other than `0` or `false`) asks for it in a pipe.
 */
function wantsColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

function widthOf(columns: unknown): number {
  return typeof columns === 'number' && Number.isInteger(columns) && columns > 0
    ? Math.max(columns, MIN_COLUMNS)
    : DEFAULT_COLUMNS;
}

function referenceFor(invocation: Invocation, locale: string): Reference | undefined {
  const { command } = invocation;
  switch (command.name) {
    case 'status':
      return statusPage(getTranslator(), command.code, locale);
    case 'class':
      return classPage(getTranslator(), command.class, locale);
    case 'list':
      return codeList(getTranslator(), locale);
    case 'search':
      return search(getTranslator(), command.query, locale);
    default:
      return undefined;
  }
}

/** Runs one command line; returns the exit code. Never throws on any argument or environment. */
export function runCli(argv: readonly string[], context: CliContext): number {
  const env = context.env ?? {};
  let invocation: Invocation;
  try {
    invocation = parseArguments(argv);
    if (
      invocation.command.name === 'search' &&
      searchWords(invocation.command.query).length === 0
    ) {
      throw new UsageError('search needs the words to look for');
    }
  } catch (failure) {
    if (!(failure instanceof UsageError)) throw failure;
    context.stderr.write(`http-status: ${echo(failure.message)}\n\n${usage()}`);
    return exitCodes.usage;
  }
  if (invocation.command.name === 'help') {
    context.stdout.write(usage());
    return exitCodes.ok;
  }
  if (invocation.command.name === 'version') {
    context.stdout.write(`${packageJson.version}\n`);
    return exitCodes.ok;
  }

  const translator = getTranslator();
  const requested = invocation.locale ?? localeFromEnvironment(env) ?? 'en';
  const locale = translator.resolveLocale(requested);
  if (invocation.locale !== undefined && !sharesLanguage(requested, locale)) {
    // An explicit --locale the CLI cannot serve is worth a word; LANG=ru_RU silently gets English.
    context.stderr.write(
      `http-status: ${interpolate(translator.bundle(locale).ui.unknownLocale, { locale: echo(requested) })}\n`,
    );
  }

  const reference = referenceFor(invocation, locale) as Reference;
  context.stdout.write(
    invocation.json
      ? renderJson(reference)
      : renderText(reference, {
          ui: translator.bundle(locale).ui,
          width: widthOf(context.columns),
          color: wantsColor(env, context.isTTY === true),
        }),
  );
  const found =
    reference.kind === 'status'
      ? reference.known
      : reference.kind !== 'search' || reference.codes.length > 0;
  return found ? exitCodes.ok : exitCodes.notFound;
}

/** Whether the locale served is in the language asked for (`en-GB` → `en` is; `xx` → `en` is not). */
function sharesLanguage(requested: string, served: string): boolean {
  const language = (tag: string) => tag.split(/[-_]/)[0]?.toLowerCase();
  return language(requested) === language(served);
}

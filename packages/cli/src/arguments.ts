/** The command line, read into one command: `<code>`, `<class>`, `list`, `search <words>`. */
import { parseArgs } from 'node:util';
import type { StatusClass } from '@http-status-i18n/core';

export type Command =
  | { readonly name: 'status'; readonly code: string }
  | { readonly name: 'class'; readonly class: StatusClass }
  | { readonly name: 'list' }
  | { readonly name: 'search'; readonly query: string }
  | { readonly name: 'help' }
  | { readonly name: 'version' };

export interface Invocation {
  readonly command: Command;
  /** `--locale`, as given. */
  readonly locale: string | undefined;
  readonly json: boolean;
}

/** What is wrong with the command line, for the usage message. */
export class UsageError extends Error {}

const CLASS = /^[1-5]xx$/i;

export function parseArguments(argv: readonly string[]): Invocation {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (failure) {
    // parseArgs explains an unknown or malformed option; its first sentence is enough.
    const message = failure instanceof Error ? failure.message : String(failure);
    throw new UsageError(message.split(/(?<=\.) /)[0] ?? message);
  }
  const { values, positionals } = parsed;
  const locale = values.locale;
  if (locale !== undefined && locale.trim() === '') {
    throw new UsageError('--locale needs a language tag, such as zh-CN');
  }
  const options = { locale, json: values.json ?? false };
  if (values.help) return { command: { name: 'help' }, ...options };
  if (values.version) return { command: { name: 'version' }, ...options };

  const [first, ...rest] = positionals;
  if (first === undefined) throw new UsageError('a status code, class, list or search is needed');
  if (first === 'search') {
    if (rest.length === 0) throw new UsageError('search needs the words to look for');
    return { command: { name: 'search', query: rest.join(' ') }, ...options };
  }
  if (rest.length > 0) {
    throw new UsageError(`one argument expected, got ${positionals.length}`);
  }
  if (first === 'list') return { command: { name: 'list' }, ...options };
  if (first === 'help') return { command: { name: 'help' }, ...options };
  if (CLASS.test(first)) {
    return {
      command: { name: 'class', class: first.toLowerCase() as StatusClass },
      ...options,
    };
  }
  // Spaces from shell quoting (`" 409"`) are not part of the code.
  const code = first.trim();
  if (code === '') throw new UsageError('the status code is empty');
  return { command: { name: 'status', code }, ...options };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      locale: { type: 'string', short: 'l' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
}

/**
 * The locale tool: `pnpm locales check [tag|folder …]`, `pnpm locales add <tag>`,
 * `pnpm locales sync`. `--dir <folder>` points it at another folder of locales (tests use
 * fixture copies). It runs in-process: `cli.ts` only hands it `process.argv` and the standard
 * streams, so tests call it directly instead of paying for a Node start-up per case.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { checkLocales, type LocaleReport, type Problem } from './check.js';
import { addLocale, recordSources, showLocale, syncLocales } from './scaffold.js';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Terminal columns of a text: East Asian wide and fullwidth characters take two. */
function columns(text: string): number {
  // Most cells are ASCII: one column a character, without a look at each one.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let width = 0;
  for (const char of text) {
    width +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(
        char,
      )
        ? 2
        : 1;
  }
  return width;
}

/** Rows as aligned columns; any number of rows (a report can hold hundreds of thousands). */
export function table(rows: string[][]): string {
  // A loop, not Math.max(...spread): a report can hold more rows than the engine takes arguments.
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, columns(cell));
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - columns(cell)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Where the tool writes: the process's streams from the bin, string buffers from tests. */
export interface LocaleToolOutput {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** Problems that only say a text is still to be translated (hidden by `--errors`). */
const isToDo = (problem: Problem) => problem.message === 'missing' || problem.message === 'empty';

function printCheck(
  reports: readonly LocaleReport[],
  log: (...parts: unknown[]) => void,
  { errorsOnly = false }: { errorsOnly?: boolean } = {},
): number {
  const rows = [
    ['locale', 'name', 'dir', 'complete', 'missing', 'stale', 'identical to en', 'problems'],
  ];
  for (const report of reports) {
    const percent = report.total ? Math.floor((report.complete / report.total) * 100) : 0;
    rows.push([
      report.tag,
      report.draft ? `${report.name} (draft)` : report.name,
      report.direction,
      `${report.complete}/${report.total} (${percent}%)`,
      String(report.total - report.complete),
      report.tag === 'en' ? '-' : String(report.stale),
      report.tag === 'en' ? '-' : String(report.identical),
      String(report.problems.length),
    ]);
  }
  log(table(rows));
  const allProblems = reports.flatMap((report) => report.problems);
  const problems = errorsOnly ? allProblems.filter((problem) => !isToDo(problem)) : allProblems;
  const hidden = allProblems.length - problems.length;
  if (problems.length > 0) {
    log('');
    log(
      table(
        problems.map((problem) => [
          `${problem.file}:${problem.line}`,
          problem.path || '-',
          problem.message,
        ]),
      ),
    );
  }
  log(
    `\n${allProblems.length} problem${allProblems.length === 1 ? '' : 's'} in ${reports.length} locale${reports.length === 1 ? '' : 's'}${hidden ? ` (${hidden} missing or empty text${hidden === 1 ? '' : 's'} not listed: --errors)` : ''}`,
  );
  // Hiding the to-do lines changes the listing, not the verdict.
  return allProblems.length > 0 ? 1 : 0;
}

const USAGE = `usage: pnpm locales <command> [--dir <locales folder>]
  check [tag…] [--errors] coverage table and every problem, as file:line (--errors: not the
                          missing or empty texts)
  show <tag> [--todo]     every text beside its English (--todo: only those to translate or
                          update)
  add <tag>               scaffold a new locale folder
  sync                    add empty texts for codes the registry gained, to every locale
  record <tag> [path…]    record the English source of the texts you translated or updated
  record <tag> --all      record every text of the locale (after reviewing all stale texts)`;

/** Runs one command of the locale tool; returns its exit code (0 ok, 1 problems, 2 usage). */
export function runLocaleTool(argv: readonly string[], output: LocaleToolOutput): number {
  const log = (...parts: unknown[]) => output.stdout.write(`${format(...parts)}\n`);
  const error = (...parts: unknown[]) => output.stderr.write(`${format(...parts)}\n`);
  const dirFlag = argv.indexOf('--dir');
  const localesDir =
    dirFlag >= 0 ? resolve(argv[dirFlag + 1] ?? '.') : join(repositoryRoot, 'packages/locales');
  const args =
    dirFlag >= 0 ? argv.filter((_, index) => index !== dirFlag && index !== dirFlag + 1) : argv;
  const [command, ...rest] = args;

  switch (command) {
    case 'check': {
      const errorsOnly = rest.includes('--errors');
      const targets = rest.filter((arg) => arg !== '--errors');
      // A folder path (`.` from a locale package's own script) or a tag.
      const only = targets.length
        ? targets.map((target) =>
            target.includes('/') || target === '.' ? basename(resolve(target)) : target,
          )
        : undefined;
      return printCheck(checkLocales({ localesDir, only, displayRoot: repositoryRoot }), log, {
        errorsOnly,
      });
    }
    case 'show': {
      const todo = rest.includes('--todo');
      const [tag] = rest.filter((arg) => arg !== '--todo');
      if (!tag) {
        error(USAGE);
        return 2;
      }
      try {
        log(showLocale(localesDir, tag, { todo }));
        return 0;
      } catch (failure) {
        error((failure as Error).message);
        return 1;
      }
    }
    case 'add': {
      const [tag] = rest;
      if (!tag) {
        error('usage: pnpm locales add <tag>   (a BCP 47 tag such as fr, pt-BR, zh-Hant-HK)');
        return 2;
      }
      try {
        const created = addLocale(localesDir, tag);
        log(
          `Created packages/locales/${created}. Next: translate messages.json, then run \`pnpm --filter @http-status-i18n/locales generate\` (so servers and the CLI include it), \`pnpm install\` and \`pnpm locales check ${created}\`.`,
        );
        return 0;
      } catch (failure) {
        error((failure as Error).message);
        return 1;
      }
    }
    case 'sync': {
      let failed = false;
      for (const result of syncLocales(localesDir)) {
        if (result.skipped) {
          failed = true;
          error(`${result.tag}: skipped, ${result.skipped}`);
          continue;
        }
        log(
          `${result.tag}: ${result.added.length ? `added ${result.added.length} empty text(s): ${result.added.join(', ')}` : 'nothing to add'}`,
        );
        for (const code of result.unknownCodes) {
          log(
            `${result.tag}: statuses.${code} is not in the registry; kept (remove it by hand if the code was dropped)`,
          );
        }
      }
      return failed ? 1 : 0;
    }
    case 'record': {
      const all = rest.includes('--all');
      const [tag, ...paths] = rest.filter((arg) => arg !== '--all');
      if (!tag) {
        error(USAGE);
        return 2;
      }
      try {
        const result = recordSources(localesDir, tag, {
          paths: paths.length ? paths : undefined,
          all,
        });
        log(
          `${tag}: recorded the English source of ${result.recorded.length} text(s)${result.recorded.length ? `: ${result.recorded.join(', ')}` : ''}`,
        );
        if (result.stillStale.length) {
          log(
            `${tag}: ${result.stillStale.length} text(s) still stale (their translation did not change): ${result.stillStale.join(', ')}\n` +
              `  Update them; or, where a text is still right for the new English, name it: pnpm locales record ${tag} <path>`,
          );
        }
        return 0;
      } catch (failure) {
        error((failure as Error).message);
        return 1;
      }
    }
    default:
      error(USAGE);
      return 2;
  }
}

/** The terminal layout of each command's output: the sections of the reference page, wrapped. */
import { interpolate, type StatusClass, type UiTexts } from '@http-status-i18n/core';
import type { ClassSection, CodeEntry, Reference, SearchResults, StatusPage } from './reference.js';
import { echo, wrap } from './terminal-text.js';

export interface TextOptions {
  /** The interface texts of the output's locale (section headings). */
  readonly ui: UiTexts;
  /** Terminal columns to wrap at. */
  readonly width: number;
  readonly color: boolean;
}

interface Style {
  readonly heading: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly code: (code: number | string, statusClass: StatusClass | null) => string;
}

const CLASS_COLORS: Readonly<Record<StatusClass, number>> = {
  '1xx': 34, // blue
  '2xx': 32, // green
  '3xx': 36, // cyan
  '4xx': 33, // yellow
  '5xx': 31, // red
};

const sgr = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;

function styleFor(color: boolean): Style {
  if (!color) {
    return { heading: (text) => text, dim: (text) => text, code: (code) => String(code) };
  }
  return {
    heading: sgr(1, 22),
    dim: sgr(2, 22),
    code: (code, statusClass) =>
      statusClass ? sgr(CLASS_COLORS[statusClass], 39)(String(code)) : String(code),
  };
}

const INDENT = '  ';
// The end-user message, set off as a quotation: what an app shows its users.
const QUOTE = '  > ';
// The name column of a code line: two spaces, three digits, two spaces.
const NAME_INDENT = ' '.repeat(7);

function codeLine(entry: CodeEntry, style: Style, width: number, withSummary: boolean): string {
  const name = wrap(entry.name, width, NAME_INDENT).slice(NAME_INDENT.length);
  const line = `${INDENT}${style.code(entry.code, entry.class)}  ${name}`;
  return withSummary ? `${line}\n${style.dim(wrap(entry.summary, width, NAME_INDENT))}` : line;
}

const STANDING_KEYS = {
  standard: 'standingStandard',
  unused: 'standingUnused',
  deprecated: 'standingDeprecated',
  obsolete: 'standingObsolete',
  unofficial: 'standingUnofficial',
} as const;

function statusText(page: StatusPage, { ui, width }: TextOptions, style: Style): string {
  const sections: string[] = [style.heading(wrap(page.title, width))];
  if (page.intro) sections[0] += `\n${wrap(page.intro, width)}`;
  if (page.class !== null) {
    sections.push(
      `${style.heading(ui.meaning)}\n${wrap(page.name, width, INDENT)}${page.known ? `\n${wrap(page.summary, width, INDENT)}` : ''}`,
    );
    sections.push(
      `${style.heading(ui.details)}\n${wrap(page.description, width, INDENT)}\n\n${wrap(page.message, width, QUOTE)}`,
    );
  } else {
    sections.push(wrap(page.message, width, QUOTE));
  }
  if (page.source && page.standing) {
    const lines = [wrap(ui[STANDING_KEYS[page.standing]], width, INDENT)];
    if ('vendor' in page.source) {
      lines.push(wrap(interpolate(ui.definedBy, { source: page.source.vendor }), width, INDENT));
    } else {
      lines.push(`${INDENT}${page.source.title} §${page.source.section}`);
      lines.push(`${INDENT}${page.source.url}`);
    }
    sections.push(`${style.heading(ui.specification)}\n${lines.join('\n')}`);
  }
  if (page.related.length > 0) {
    sections.push(
      `${style.heading(ui.related)}\n${page.related.map((entry) => codeLine(entry, style, width, false)).join('\n')}`,
    );
  }
  if (page.class !== null) {
    sections.push(
      `${style.heading(ui.common)}\n${page.common.map((entry) => codeLine(entry, style, width, false)).join('\n')}`,
    );
  }
  sections.push(`${style.heading(ui.backToIndex)}\n${INDENT}http-status list`);
  return sections.join('\n\n');
}

function classText(section: ClassSection, width: number, style: Style, withSummary: boolean) {
  const heading = style.heading(`${style.code(section.class, section.class)}  ${section.name}`);
  const codes = section.codes.map((entry) => codeLine(entry, style, width, withSummary));
  return withSummary
    ? `${heading}\n${wrap(section.description, width, INDENT)}\n\n${codes.join('\n')}`
    : `${heading}\n${codes.join('\n')}`;
}

function searchText(results: SearchResults, { ui, width }: TextOptions, style: Style): string {
  if (results.codes.length === 0) {
    return wrap(interpolate(ui.noResults, { query: echo(results.query) }), width);
  }
  return results.codes.map((entry) => codeLine(entry, style, width, true)).join('\n');
}

/** The output of a command, for a terminal or a pipe, ending with a newline. */
export function renderText(reference: Reference, options: TextOptions): string {
  const style = styleFor(options.color);
  switch (reference.kind) {
    case 'status':
      return `${statusText(reference, options, style)}\n`;
    case 'class':
      return `${classText(reference, options.width, style, true)}\n`;
    case 'list':
      return `${reference.classes.map((section) => classText(section, options.width, style, false)).join('\n\n')}\n`;
    case 'search':
      return `${searchText(reference, options, style)}\n`;
  }
}

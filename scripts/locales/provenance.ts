/**
 * Translation provenance: which English text each translated text was made from, as MDN's
 * translated pages record their English source commit. The tool alone writes these files:
 * - `<locale>/provenance.json`: per text path, a hash of the English text it was translated from
 *   and a hash of the translation as it was then (so `record` can tell what a translator changed);
 * - `en/history.json`: every English text any translation was recorded against, by hash, so the
 *   check can show the old English beside the new when a text goes stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_LOCALE } from './expected-shape.js';
import { type JsonSource, parseJsonSource } from './json-source.js';
import { serializeJson, writeToolFile } from './tool-files.js';

export const PROVENANCE_FILE = 'provenance.json';
export const HISTORY_FILE = 'history.json';

export interface TextSource {
  /** Hash of the English text the translation was made from. */
  readonly en: string;
  /** Hash of the translation when it was recorded. */
  readonly text: string;
}

export type Provenance = Record<string, TextSource>;

/** A short content hash: 48 bits tell apart every text a locale will ever hold. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

const isTextSource = (value: unknown): value is TextSource =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as TextSource).en === 'string' &&
  typeof (value as TextSource).text === 'string';

/** The well-formed entries of a parsed provenance file; anything else is ignored. */
export function provenanceFrom(data: unknown): Provenance {
  const provenance: Provenance = {};
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    for (const [path, value] of Object.entries(data)) {
      if (isTextSource(value)) provenance[path] = { en: value.en, text: value.text };
    }
  }
  return provenance;
}

/** Reads a locale's provenance; a missing file is an empty one. Throws JsonSyntaxError. */
export function readProvenance(folder: string): { provenance: Provenance; source?: JsonSource } {
  const file = join(folder, PROVENANCE_FILE);
  if (!existsSync(file)) return { provenance: {} };
  const source = parseJsonSource(readFileSync(file, 'utf8'));
  return { provenance: provenanceFrom(source.data), source };
}

/** English texts by hash; unreadable or missing history is empty (it only improves messages). */
export function readHistory(localesDir: string): Record<string, string> {
  const file = join(localesDir, REFERENCE_LOCALE, HISTORY_FILE);
  if (!existsSync(file)) return {};
  try {
    const { data } = parseJsonSource(readFileSync(file, 'utf8'));
    return typeof data === 'object' && data !== null ? (data as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** One line per text, sorted by path, so a review diff shows exactly which texts were recorded. */
export function writeProvenance(folder: string, provenance: Provenance): void {
  const lines = Object.keys(provenance)
    .sort()
    .map((path) => {
      const { en, text } = provenance[path] as TextSource;
      return `  ${JSON.stringify(path)}: { "en": ${JSON.stringify(en)}, "text": ${JSON.stringify(text)} }`;
    });
  writeToolFile(
    join(folder, PROVENANCE_FILE),
    lines.length ? `{\n${lines.join(',\n')}\n}\n` : '{}\n',
  );
}

/** Adds English texts to the history; never removes one, so old sources stay explainable. */
export function addToHistory(localesDir: string, englishTexts: readonly string[]): void {
  const history = readHistory(localesDir);
  let added = false;
  for (const text of englishTexts) {
    const hash = hashText(text);
    if (history[hash] === undefined) {
      history[hash] = text;
      added = true;
    }
  }
  if (!added) return;
  const sorted = Object.fromEntries(
    Object.keys(history)
      .sort()
      .map((hash) => [hash, history[hash]]),
  );
  writeToolFile(join(localesDir, REFERENCE_LOCALE, HISTORY_FILE), serializeJson(sorted));
}

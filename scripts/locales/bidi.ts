/**
 * Left-to-right runs in right-to-left text. A Latin run that holds neutral or weak characters
 * (digits, `-`, `/`, `.`, parentheses, quotes) is reordered by the Unicode bidi algorithm when
 * it stands in Arabic or Hebrew text: "(0-RTT)" shows as "(RTT-0)". Wrapping the run in
 * LEFT-TO-RIGHT ISOLATE (U+2066) … POP DIRECTIONAL ISOLATE (U+2069) keeps it in order. A bare
 * Latin word ("GET", "TLS") is safe as it is.
 */

/** Spans already isolated (LRI, RLI or FSI … PDI) and placeholders filled in at run time. */
const ISOLATED_OR_PLACEHOLDER = /[\u2066\u2067\u2068][^\u2069]*\u2069|\{\{[^{}]*\}\}/g;
const LATIN_TOKEN = /[0-9A-Za-z]+(?:[-/._:+][0-9A-Za-z]+)*/g;
const OPENERS = '("\'“‘«';
const CLOSERS = ')"\'”’»';

/** The Latin runs of `text` that must be isolated, as they appear in the text. */
export function unisolatedLatinRuns(text: string): string[] {
  const rest = text.replace(ISOLATED_OR_PLACEHOLDER, ' ');
  const runs: string[] = [];
  for (const match of rest.matchAll(LATIN_TOKEN)) {
    const token = match[0];
    if (!/[A-Za-z]/.test(token)) continue;
    const before = rest[match.index - 1] ?? '';
    const after = rest[match.index + token.length] ?? '';
    const opened = before !== '' && OPENERS.includes(before);
    const closed = after !== '' && CLOSERS.includes(after);
    if (/[0-9\-/._:+]/.test(token) || opened || closed) {
      runs.push(`${opened ? before : ''}${token}${closed ? after : ''}`);
    }
  }
  return runs;
}

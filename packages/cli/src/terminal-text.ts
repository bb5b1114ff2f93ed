/**
 * Text as a terminal shows it: how many columns a string takes, and paragraphs wrapped to the
 * terminal's width. Chinese, Japanese and Korean characters take two columns and a line may break
 * between any two of them; other scripts break at spaces.
 */

// East Asian Wide and Fullwidth (Unicode UAX #11): Hangul Jamo, CJK punctuation and ideographs,
// kana, Hangul syllables, compatibility ideographs, fullwidth forms, and the supplementary
// ideographic planes.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{2FFFD}\u{30000}-\u{3FFFD}]/u;
// Combining marks (Arabic vowel signs, accents written separately), format characters (the
// isolates around left-to-right runs in Arabic texts) and controls take no column.
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u;

/** Terminal columns of a character. */
function charColumns(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  return WIDE.test(char) ? 2 : 1;
}

/** Terminal columns of a text. */
export function columns(text: string): number {
  let width = 0;
  for (const char of text) width += charColumns(char);
  return width;
}

// A line must not start with closing punctuation (the CJK line-breaking rule, kinsoku).
const NO_LINE_START =
  /^[、。，．・：；？！）」』】〉》〕］｝〙〗ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.:;!?)\]}%]/u;

// Nor end with opening punctuation.
const NO_LINE_END = /^[（「『【〈《〔［｛〘〖“‘([{]$/u;

/**
 * The pieces a line may break between: a word of a spaced script with its trailing space, or one
 * wide character, with the punctuation that must stay on the same line.
 */
function breakableUnits(paragraph: string): string[] {
  const units: string[] = [];
  let current = '';
  // The last character of `current`, whole: `current.at(-1)` would be half of a surrogate pair.
  let last = '';
  // Inside a bidi isolate (U+2066–U+2068 … U+2069), as around "(0-RTT)" in Arabic, the run stays
  // on one line: a terminal that reorders text does so line by line.
  let isolateDepth = 0;
  for (const char of paragraph) {
    if (char >= '\u2066' && char <= '\u2068') isolateDepth++;
    else if (char === '\u2069' && isolateDepth > 0) isolateDepth--;
    if (isolateDepth > 0) {
      current += char;
    } else if (/\s/u.test(char)) {
      // Runs of spaces collapse into one.
      if (current !== '') units.push(`${current} `);
      current = '';
    } else if (
      current !== '' &&
      !NO_LINE_END.test(last) &&
      !NO_LINE_START.test(char) &&
      (WIDE.test(char) || WIDE.test(last))
    ) {
      units.push(current);
      current = char;
    } else {
      current += char;
    }
    last = char;
  }
  if (current !== '') units.push(current);
  return units;
}

/**
 * Wraps a paragraph to `width` columns, each line prefixed with `indent`. A unit wider than the
 * line (a URL) gets a line of its own, unbroken, so that it stays usable.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const room = Math.max(width - columns(indent), 10);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const unit of breakableUnits(paragraph)) {
      const unitWidth = columns(unit.trimEnd());
      if (line !== '' && lineWidth + unitWidth > room) {
        lines.push(line.trimEnd());
        line = '';
        lineWidth = 0;
      }
      line += unit;
      lineWidth += columns(unit);
    }
    lines.push(line.trimEnd());
  }
  return lines.map((line) => (line === '' ? '' : indent + line)).join('\n');
}

const MAX_ECHOED_LENGTH = 40;

/**
 * How text the user typed is shown back: without control or format characters (an escape
 * sequence in an argument must not reach the terminal), cut to 40 characters.
 */
export function echo(input: string): string {
  const printable = input
    .slice(0, 4 * MAX_ECHOED_LENGTH)
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, '');
  const characters = [...printable];
  return characters.length > MAX_ECHOED_LENGTH
    ? `${characters.slice(0, MAX_ECHOED_LENGTH - 1).join('')}…`
    : printable;
}

/** A JSON file read for the locale tool: its data, and the line of every key for messages. */
export interface JsonSource {
  readonly data: unknown;
  /** Line (1-based) of each key, by dotted path (`statuses.409.message`); the first if repeated. */
  readonly lines: ReadonlyMap<string, number>;
  /**
   * Keys written twice in one object. `JSON.parse` silently keeps the last one, so a tool that
   * rewrote the file would drop the other text: the check reports them, and nothing writes a
   * file that has any.
   */
  readonly duplicates: readonly DuplicateKey[];
}

export interface DuplicateKey {
  readonly path: string;
  readonly line: number;
  readonly firstLine: number;
}

/** A file that is not valid JSON, with the line and column where reading stopped. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    reason: string,
  ) {
    super(reason);
  }
}

/** Locale files are three levels deep; anything far deeper is not a locale, and is refused. */
const MAX_DEPTH = 32;

const describeChar = (char: string | undefined) =>
  char === undefined
    ? 'the end of the file'
    : /[\p{L}\p{N}\p{P}\p{S}]/u.test(char)
      ? `"${char}"`
      : `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Reads JSON (RFC 8259) in one pass without recursion, so a file nested 10,000 deep or a stray
 * token gets a line and column instead of a crash or V8's position-less message. Records the
 * line of every key and every key repeated within an object.
 */
export function parseJsonSource(text: string): JsonSource {
  const lines = new Map<string, number>();
  const duplicates: DuplicateKey[] = [];
  let index = 0;
  let line = 1;
  let lineStart = 0;

  const fail = (reason: string, at = index): never => {
    throw new JsonSyntaxError(line, at - lineStart + 1, reason);
  };
  if (text.charCodeAt(0) === 0xfeff) {
    fail('the file starts with a byte order mark (U+FEFF): save it as UTF-8 without BOM');
  }
  const skipWhitespace = () => {
    for (; index < text.length; index++) {
      const char = text[index];
      if (char === '\n') {
        line++;
        lineStart = index + 1;
      } else if (char !== ' ' && char !== '\t' && char !== '\r') return;
    }
  };
  /** Reads a string token; decodes it only when asked (keys), and only if it has escapes. */
  const readString = (decode: boolean): string => {
    const start = index;
    let escaped = false;
    index++; // the opening quote
    for (;;) {
      const code = text.charCodeAt(index);
      if (Number.isNaN(code) || code === 0x0a) fail('unterminated string', start);
      if (code === 0x22) break;
      if (code < 0x20) fail(`control character ${describeChar(text[index])} inside a string`);
      if (code === 0x5c) {
        escaped = true;
        const escapeLetter = text[index + 1];
        if (escapeLetter === 'u') {
          if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(index + 2, index + 6)))
            fail('\\u must be followed by four hexadecimal digits');
          index += 6;
          continue;
        }
        if (escapeLetter === undefined || !'"\\/bfnrt'.includes(escapeLetter))
          fail(`invalid escape \\${escapeLetter ?? ''}`);
        index += 2;
        continue;
      }
      index++;
    }
    index++; // the closing quote
    if (!decode) return '';
    return escaped
      ? (JSON.parse(text.slice(start, index)) as string)
      : text.slice(start + 1, index - 1);
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  interface Container {
    readonly object: boolean;
    readonly keys: Map<string, number>;
    /** What the next token must be. */
    state: 'key-or-end' | 'key' | 'colon' | 'value-or-end' | 'value' | 'comma-or-end';
  }
  const stack: Container[] = [];
  const path: string[] = [];
  let done = false;

  const valueRead = () => {
    const parent = stack.at(-1);
    if (parent === undefined) done = true;
    else {
      parent.state = 'comma-or-end';
      if (parent.object) path.pop();
    }
  };

  for (;;) {
    skipWhitespace();
    const char = text[index];
    const top = stack.at(-1);
    if (done) {
      if (char !== undefined)
        fail(`unexpected ${describeChar(char)} after the end of the JSON value`);
      break;
    }
    if (top?.state === 'key-or-end' || top?.state === 'key') {
      if (char === '}' && top.state === 'key-or-end') {
        index++;
        stack.pop();
        valueRead();
        continue;
      }
      if (char !== '"') fail(`expected a key in quotes, found ${describeChar(char)}`);
      const keyLine = line;
      const key = readString(true);
      path.push(key);
      const dotted = path.join('.');
      const firstLine = top.keys.get(key);
      if (firstLine !== undefined) duplicates.push({ path: dotted, line: keyLine, firstLine });
      else {
        top.keys.set(key, keyLine);
        if (!lines.has(dotted)) lines.set(dotted, keyLine);
      }
      top.state = 'colon';
      continue;
    }
    if (top?.state === 'colon') {
      if (char !== ':') fail(`expected ":" after the key, found ${describeChar(char)}`);
      index++;
      top.state = 'value';
      continue;
    }
    if (top?.state === 'comma-or-end') {
      const end = top.object ? '}' : ']';
      if (char === ',') {
        index++;
        top.state = top.object ? 'key' : 'value';
        continue;
      }
      if (char === end) {
        index++;
        stack.pop();
        valueRead();
        continue;
      }
      fail(`expected "," or "${end}", found ${describeChar(char)}`);
    }
    // A value is expected (top level, after a colon, or in an array).
    if (top?.state === 'value-or-end' && char === ']') {
      index++;
      stack.pop();
      valueRead();
      continue;
    }
    if (char === '{' || char === '[') {
      if (stack.length >= MAX_DEPTH) fail(`nested deeper than ${MAX_DEPTH} levels`);
      index++;
      if (top) top.state = 'comma-or-end';
      stack.push({
        object: char === '{',
        keys: new Map(),
        state: char === '{' ? 'key-or-end' : 'value-or-end',
      });
      continue;
    }
    if (char === '"') readString(false);
    else if (text.startsWith('true', index)) index += 4;
    else if (text.startsWith('false', index)) index += 5;
    else if (text.startsWith('null', index)) index += 4;
    else {
      NUMBER.lastIndex = index;
      if (!NUMBER.test(text)) {
        fail(
          char === undefined
            ? 'unexpected end of the file: a value is missing'
            : `expected a value, found ${describeChar(char)}`,
        );
      }
      index = NUMBER.lastIndex;
    }
    valueRead();
  }
  if (!done) fail('unexpected end of the file: a value is missing');
  return { data: JSON.parse(text), lines, duplicates };
}

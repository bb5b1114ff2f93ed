/** A JSON file read for the locale tool: its data, and the line of every key for messages. */
export interface JsonSource {
  readonly data: unknown;
  /** Line (1-based) of each key, by dotted path (`statuses.409.message`). */
  readonly lines: ReadonlyMap<string, number>;
}

/** A file that is not valid JSON, with the line and column where parsing stopped. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    reason: string,
  ) {
    super(reason);
  }
}

function lineAndColumn(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses JSON; a syntax error names its line and column (V8 reports only an offset). */
export function parseJsonSource(text: string): JsonSource {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    const offset = /position (\d+)/.exec(reason)?.[1];
    const { line, column } = lineAndColumn(
      text,
      offset === undefined ? text.length : Number(offset),
    );
    throw new JsonSyntaxError(line, column, reason.replace(/ in JSON at position \d+.*$/, ''));
  }
  return { data, lines: keyLines(text) };
}

/**
 * Walks already-valid JSON text and records the line of each object key. Strings are skipped
 * whole, so braces and colons inside texts do not confuse it.
 */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const path: string[] = [];
  // Per open container: is it an object, and does `path` end with one of its keys?
  const containers: { object: boolean; keyOpen: boolean; expectKey: boolean }[] = [];
  let line = 1;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    const container = containers.at(-1);
    if (char === '\n') line++;
    else if (char === '"') {
      let end = index + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (container?.expectKey) {
        path.push(JSON.parse(text.slice(index, end + 1)) as string);
        lines.set(path.join('.'), line);
        container.expectKey = false;
        container.keyOpen = true;
      }
      index = end;
    } else if (char === '{' || char === '[') {
      containers.push({ object: char === '{', keyOpen: false, expectKey: char === '{' });
    } else if (char === '}' || char === ']' || (char === ',' && container?.object)) {
      if (container?.keyOpen) path.pop();
      if (char === ',') Object.assign(container as object, { keyOpen: false, expectKey: true });
      else containers.pop();
    }
  }
  return lines;
}

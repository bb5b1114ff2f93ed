import { lstatSync, writeFileSync } from 'node:fs';

/**
 * Why the tool must not write `file`, or `undefined` when it may. A symbolic link could point
 * outside the repository, so the tool writes only regular files (or creates new ones).
 */
export function refusalToWrite(file: string): string | undefined {
  return isSymbolicLink(file)
    ? `${file} is a symbolic link; the locale tool writes only regular files in the repository`
    : undefined;
}

/** Whether `path` is a symbolic link, dangling or not; `false` when nothing is there. */
export function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** JSON as the tool writes it: two-space indent, a final newline. */
export function serializeJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Writes a file the tool owns; refuses a symbolic link. */
export function writeToolFile(file: string, text: string): void {
  const refusal = refusalToWrite(file);
  if (refusal) throw new Error(refusal);
  writeFileSync(file, text);
}

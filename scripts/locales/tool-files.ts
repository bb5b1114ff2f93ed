import { existsSync, lstatSync, writeFileSync } from 'node:fs';

/**
 * Why the tool must not write `file`, or `undefined` when it may. A symbolic link could point
 * outside the repository, so the tool writes only regular files (or creates new ones).
 */
export function refusalToWrite(file: string): string | undefined {
  if (!existsSync(file) && !isDanglingLink(file)) return undefined;
  return lstatSync(file).isSymbolicLink()
    ? `${file} is a symbolic link; the locale tool writes only regular files in the repository`
    : undefined;
}

function isDanglingLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
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

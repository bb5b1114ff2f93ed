import type { Reference } from './reference.js';

/** The `--json` output: the reference data as it is, one document, ending with a newline. */
export function renderJson(reference: Reference): string {
  return `${JSON.stringify(reference, null, 2)}\n`;
}

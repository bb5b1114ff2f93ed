/**
 * Writes src/status-constants.ts from the registry. `STATUS` lives in its own module, as
 * literals, so that importing it does not bundle the registry; this script keeps the two in
 * step and the core tests fail when they drift.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { statusesByCode } from '../src/registry/index.js';

const lines = statusesByCode
  .filter((status) => status !== undefined)
  .map(({ key, code }) => `  ${key}: ${code},`);
const source = `// Generated from src/registry by \`pnpm --filter @http-status-i18n/core generate\`. Do not edit.

const constants = {
${lines.join('\n')}
} as const;

/**
 * Every known status code by constant name: \`STATUS.CONFLICT === 409\`. Frozen, with no
 * prototype, so \`STATUS['toString']\` or \`STATUS[userInput]\` finds only status codes.
 */
export const STATUS: typeof constants = Object.freeze(
  Object.assign(Object.create(null) as object, constants),
);
`;
writeFileSync(fileURLToPath(new URL('../src/status-constants.ts', import.meta.url)), source);

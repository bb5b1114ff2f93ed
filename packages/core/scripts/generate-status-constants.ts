/**
 * Writes src/status-constants.ts and src/status-phrases.ts from the registry. `STATUS` and the
 * phrase table live in their own modules, as literals, so that importing them does not bundle
 * the registry; this script keeps them in step and the core tests fail when they drift.
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
export const STATUS: typeof constants = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.assign(Object.create(null) as object, constants),
);
`;
writeFileSync(fileURLToPath(new URL('../src/status-constants.ts', import.meta.url)), source);

// Phrases in code order, `|`-separated; a code is written only where it is not the previous
// code plus one ("100Continue|Switching Protocols|…|200OK|Created|…"). Written out as an object
// literal the table would gzip about a tenth larger, and a phrase table exists to be small.
let previousCode = -1;
const phraseTable = statusesByCode
  .filter((status) => status !== undefined)
  .map(({ code, phrase }) => {
    const part = code === previousCode + 1 ? phrase : `${code}${phrase}`;
    previousCode = code;
    return part;
  })
  .join('|');
const phrasesSource = `// Generated from src/registry by \`pnpm --filter @http-status-i18n/core generate\`. Do not edit.
import { parseStatusCode } from './status-class.js';

const table = ${JSON.stringify(phraseTable)};

/** Reason phrases indexed by code, decoded on first use. */
let phrases: readonly (string | undefined)[] | undefined;

function decode(): readonly (string | undefined)[] {
  const byCode: (string | undefined)[] = [];
  let code = 0;
  for (const part of table.split('|')) {
    const written = /^\\d{3}/.exec(part)?.[0];
    code = written === undefined ? code + 1 : Number(written);
    byCode[code] = written === undefined ? part : part.slice(3);
  }
  return byCode;
}

/**
 * The English reason phrase of a known code (\`getPhrase(409) === 'Conflict'\`), from a table of
 * phrases alone: for apps that need the phrase and none of the other facts, at a fraction of
 * \`getStatus\`'s size. Accepts what \`getStatus\` accepts; anything else gives \`undefined\`.
 */
export function getPhrase(code: unknown): string | undefined {
  const parsed = parseStatusCode(code);
  if (parsed === undefined || parsed < 100 || parsed > 599) return undefined;
  phrases ??= decode();
  return phrases[parsed];
}
`;
writeFileSync(fileURLToPath(new URL('../src/status-phrases.ts', import.meta.url)), phrasesSource);

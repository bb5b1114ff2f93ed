import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getStatus, type StatusInfo, statusCodes } from '@http-status-i18n/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodeTable,
  generatedFiles,
  generatedSources,
  packageDir,
  registryRows,
} from '../scripts/generate-status-constants.js';
import { keyOf } from '../src/registry/compact.js';
import {
  commonStatusCodes,
  hasNoBody,
  heuristicallyCacheableCodes,
  redirectCodes,
  retryRuleOf,
} from '../src/registry/flags.js';
import { ianaStatuses } from '../src/registry/iana.js';
import { decodeStatuses } from '../src/registry/index.js';
import { rfc } from '../src/registry/sources.js';
import type { RegistryEntry, Standing } from '../src/registry/types.js';
import { unofficialStatuses } from '../src/registry/unofficial.js';
import { statusClassOf } from '../src/status-class.js';

/**
 * The facts of one hand-written row, built straight from it and flags.ts, as `getStatus` built
 * them before it read a generated table.
 */
function reference(row: RegistryEntry): StatusInfo {
  const { code } = row;
  return {
    code,
    key: row.key,
    phrase: row.phrase,
    registryPhrase:
      row.standing === 'unofficial'
        ? undefined
        : 'registryPhrase' in row
          ? row.registryPhrase
          : row.phrase,
    class: statusClassOf(code),
    standing: row.standing,
    source: row.source,
    related: [...row.related],
    common: (commonStatusCodes as readonly number[]).includes(code),
    cacheable: heuristicallyCacheableCodes.includes(code),
    redirect: redirectCodes.includes(code),
    noBody: hasNoBody(code),
    retryable: retryRuleOf(code),
  } as StatusInfo;
}

function referenceByCode(rows: readonly RegistryEntry[]): (StatusInfo | undefined)[] {
  const byCode = new Array<StatusInfo | undefined>(600).fill(undefined);
  for (const row of rows) byCode[row.code] = reference(row);
  return byCode;
}

/** `decodeStatuses` over the table `encodeTable` writes for `rows`. */
function roundTrip(rows: readonly RegistryEntry[]): (StatusInfo | undefined)[] {
  const phrases: string[] = [];
  for (const row of rows) phrases[row.code] = row.phrase;
  const table = encodeTable(rows);
  return decodeStatuses(
    phrases,
    table.documents,
    table.sources,
    table.related,
    table.flags,
    table.exceptions,
  );
}

const handWritten = [...ianaStatuses, ...unofficialStatuses];

describe('the generated registry table', () => {
  it('gives getStatus exactly the facts of iana.ts, unofficial.ts and flags.ts, for every code', () => {
    const expected = referenceByCode(handWritten);
    expect(statusCodes).toEqual(handWritten.map((row) => row.code).sort((a, b) => a - b));
    for (let code = -1; code <= 1000; code++) {
      const status = getStatus(code);
      expect(status, String(code)).toStrictEqual(expected[code]);
      if (status === undefined) continue;
      // The same fields in the same order, all frozen: one hidden class for every code.
      expect(Object.keys(status), String(code)).toEqual(Object.keys(expected[code] ?? {}));
      expect(Object.isFrozen(status), String(code)).toBe(true);
      expect(Object.isFrozen(status.related), String(code)).toBe(true);
      expect(Object.isFrozen(status.source), String(code)).toBe(true);
    }
  });

  it('decodes to the rows it was written from, whatever the rows', () => {
    const codeList = fc
      .uniqueArray(fc.integer({ min: 100, max: 599 }), { minLength: 1, maxLength: 40 })
      .map((codes) => codes.sort((a, b) => a - b));
    // Few documents and sections, so that shared documents and next sections come up often.
    const source = fc.oneof(
      fc
        .oneof(fc.constantFrom('nginx', 'Cloudflare', 'x'), fc.string({ minLength: 1 }))
        .filter((name) => Number.isNaN(Number(name)) && !name.includes('|'))
        .map((vendor) => Object.freeze({ vendor })),
      fc
        .tuple(
          fc.oneof(fc.constantFrom(9110, 6585), fc.integer({ min: 1, max: 99999 })),
          fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 3 }),
        )
        .map(([number, section]) => rfc(number, section.join('.'))),
    );
    const standing = fc.constantFrom<Standing>(
      'standard',
      'unused',
      'deprecated',
      'obsolete',
      'unofficial',
    );
    const rows = codeList.chain((codes) =>
      fc.tuple(
        ...codes.map((code) =>
          fc
            .record({
              phrase: fc.oneof(fc.constantFrom("I'm a teapot", 'Not Found'), fc.string()),
              ownKey: fc.option(fc.string(), { nil: undefined }),
              registryPhrase: fc.option(fc.string(), { nil: undefined }),
              standing,
              source,
              related: fc.shuffledSubarray(codes),
            })
            .map(
              ({ ownKey, phrase, registryPhrase, ...rest }): RegistryEntry => ({
                code,
                key: ownKey ?? keyOf(phrase),
                phrase,
                ...(registryPhrase === undefined ? {} : { registryPhrase }),
                ...rest,
              }),
            ),
        ),
      ),
    );
    fc.assert(
      fc.property(rows, (registry) => {
        expect(roundTrip(registry)).toStrictEqual(referenceByCode(registry));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a fact it cannot hold, rather than write a table that decodes to another', () => {
    const [first, second] = registryRows() as [RegistryEntry, RegistryEntry];
    const withSource = (source: object) => [{ ...first, source } as RegistryEntry];
    expect(() => encodeTable(withSource({ title: 'W3C Fetch', section: '1', url: 'x' }))).toThrow();
    expect(() => encodeTable(withSource({ ...rfc(9110, '15.2.1'), url: 'x' }))).toThrow();
    expect(() => encodeTable(withSource({ vendor: '2026' }))).toThrow();
    expect(() => encodeTable(withSource({ vendor: 'a|b' }))).toThrow();
    expect(() => encodeTable([{ ...first, related: [999] }])).toThrow();
    expect(() => encodeTable([second, first])).toThrow();
  });
});

describe('the generated files', () => {
  const generate = 'pnpm --filter @http-status-i18n/core generate';
  const sources = generatedSources();
  it.each(generatedFiles)(`%s is what the generator writes (else run \`${generate}\`)`, (path) => {
    expect(readFileSync(resolve(packageDir, path), 'utf8')).toBe(sources[path]);
  });
});

import {
  getPhrase,
  getStatus,
  getStatusClass,
  isClientError,
  isError,
  isInformational,
  isRedirect,
  isRetryable,
  isServerError,
  isSuccess,
  type RetryRule,
  STATUS,
  type StatusInfo,
  statusCodes,
} from '@http-status-i18n/core';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';

describe('getStatus', () => {
  it('gives the facts of a known code, by number or three-digit string', () => {
    expect(getStatus(409)).toMatchObject({
      code: 409,
      key: 'CONFLICT',
      phrase: 'Conflict',
      class: '4xx',
      standing: 'standard',
      related: [412, 428, 423],
      common: false,
    });
    expect(getStatus('409')).toBe(getStatus(409));
    expect(getStatus(STATUS.NOT_FOUND)?.phrase).toBe('Not Found');
    expect(getStatus(499)).toMatchObject({ standing: 'unofficial', source: { vendor: 'nginx' } });
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['negative', -1],
    ['negative known code', -409],
    ['exponent', 1e3],
    ['fraction', 409.5],
    ['unknown in range', 477],
    ['digits then junk', '409abc'],
    ['padded string', ' 409 '],
    ['trailing newline', '409\n'],
    ['decimal string', '409.0'],
    ['signed string', '+409'],
    ['hex string', '0x199'],
    ['exponent string', '4.09e2'],
    ['empty string', ''],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['toString', 'toString'],
    ['object', {}],
    ['array', [409]],
    ['boxed number', Object(409)],
    ['null', null],
    ['undefined', undefined],
    ['bigint', 409n],
    ['symbol', Symbol('409')],
    ['boolean', true],
    ['function', () => 409],
  ])('is undefined for %s, without throwing', (_label, input) => {
    expect(getStatus(input)).toBeUndefined();
  });

  it('never throws and never returns anything but a registry entry, for any input', () => {
    const known = new Set<unknown>(statusCodes.map((code) => getStatus(code)));
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true }), (input) => {
        const status = getStatus(input);
        return status === undefined || known.has(status);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 8 }), (input) => {
        const expected = statusCodes.find((code) => String(code) === input);
        return getStatus(input)?.code === expected;
      }),
      { numRuns: 2000 },
    );
  });

  it('is typed non-undefined for a known literal code, possibly undefined otherwise', () => {
    expectTypeOf(getStatus(409)).toEqualTypeOf<StatusInfo<409>>();
    expectTypeOf(getStatus(409).key).toEqualTypeOf<'CONFLICT'>();
    expectTypeOf(getStatus(409 as number)).toEqualTypeOf<StatusInfo | undefined>();
    expectTypeOf(STATUS.CONFLICT).toEqualTypeOf<409>();
    expectTypeOf(getStatus(502).retryable).toEqualTypeOf<RetryRule | false>();
    expectTypeOf(getStatus(200).registryPhrase).toEqualTypeOf<string | undefined>();
    const mutate = () => {
      // @ts-expect-error STATUS is read-only
      STATUS.CONFLICT = 409;
    };
    expectTypeOf(mutate).toBeFunction();
  });
});

describe('getPhrase', () => {
  it('gives the reason phrase getStatus gives, for every code, from its own small table', () => {
    for (const code of statusCodes) {
      expect(getPhrase(code), String(code)).toBe(getStatus(code).phrase);
      expect(getPhrase(String(code)), String(code)).toBe(getStatus(code).phrase);
    }
  });

  it('gives undefined for anything that is not a known code', () => {
    for (const input of [477, 999, ' 409 ', '409.0', 'toString', '__proto__', null, {}, Number.NaN])
      expect(getPhrase(input), String(input)).toBeUndefined();
  });
});

describe('STATUS', () => {
  it('holds status codes only: no inherited name answers, whatever the key', () => {
    expect(Object.getPrototypeOf(STATUS)).toBeNull();
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      expect((STATUS as Record<string, unknown>)[name], name).toBeUndefined();
    }
    expect(Object.values(STATUS).every((code) => getStatus(code)?.code === code)).toBe(true);
    expect(Object.isFrozen(STATUS)).toBe(true);
    expect(() => {
      (STATUS as Record<string, number>).CONFLICT = 999;
    }).toThrow(TypeError);
  });
});

describe('getStatusClass and the predicates', () => {
  const predicates = { isInformational, isSuccess, isRedirect, isClientError, isServerError };

  it.each([
    [99, undefined],
    [100, '1xx'],
    [199, '1xx'],
    [200, '2xx'],
    [299, '2xx'],
    [300, '3xx'],
    [399, '3xx'],
    [400, '4xx'],
    [477, '4xx'],
    [499, '4xx'],
    [500, '5xx'],
    [599, '5xx'],
    [600, undefined],
    [0, undefined],
    [-200, undefined],
    [200.5, undefined],
    ['404', '4xx'],
    [' 404', undefined],
    [Number.NaN, undefined],
    [null, undefined],
  ] as const)('classes %s as %s', (code, expected) => {
    expect(getStatusClass(code)).toBe(expected);
    const truthy = Object.entries(predicates)
      .filter(([, predicate]) => predicate(code))
      .map(([name]) => name);
    const expectedPredicate = {
      '1xx': 'isInformational',
      '2xx': 'isSuccess',
      '3xx': 'isRedirect',
      '4xx': 'isClientError',
      '5xx': 'isServerError',
    } as const;
    expect(truthy).toEqual(expected ? [expectedPredicate[expected]] : []);
    expect(isError(code)).toBe(expected === '4xx' || expected === '5xx');
  });

  it('agrees with the registry for every known code', () => {
    for (const code of statusCodes) expect(getStatusClass(code)).toBe(getStatus(code).class);
  });

  it('holds for every integer, and never throws on anything', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 2000 }), (code) => {
        const expected = code >= 100 && code <= 599 ? `${Math.floor(code / 100)}xx` : undefined;
        return getStatusClass(code) === expected && isError(code) === (code >= 400 && code <= 599);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const predicate of [...Object.values(predicates), isError]) predicate(input);
        getStatusClass(input);
        return true;
      }),
    );
  });
});

describe('isRetryable', () => {
  const idempotent = ['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE'];
  const other = ['POST', 'PATCH', 'CONNECT', 'PROPFIND', 'LOCK'];

  it.each([408, 425, 429, 503])('is true for %s whatever the method', (code) => {
    expect(isRetryable(code)).toBe(true);
    for (const method of [...idempotent, ...other, 'get', 'post', 42, null])
      expect(isRetryable(code, method), `${code} ${String(method)}`).toBe(true);
  });

  it('is true for 421 whatever the method: on a new connection', () => {
    expect(isRetryable(421)).toBe(true);
    for (const method of [...idempotent, ...other])
      expect(isRetryable(421, method), method).toBe(true);
  });

  it.each([502, 504])('is true for %s only with an idempotent method', (code) => {
    for (const method of idempotent) {
      expect(isRetryable(code, method), method).toBe(true);
      expect(isRetryable(code, method.toLowerCase()), method).toBe(true);
      expect(isRetryable(`${code}`, `${method[0]}${method.slice(1).toLowerCase()}`)).toBe(true);
    }
    for (const method of other) {
      expect(isRetryable(code, method), method).toBe(false);
      expect(isRetryable(code, method.toLowerCase()), method).toBe(false);
    }
    expect(isRetryable(code)).toBe(false);
    expect(isRetryable(code, undefined)).toBe(false);
    for (const junk of ['', ' GET', 'GET ', 'G-ET', 'optıons', {}, ['GET'], null, 1, Symbol('GET')])
      expect(isRetryable(code, junk), String(junk)).toBe(false);
  });

  it('is false for codes whose request must change, unknown codes and junk', () => {
    for (const code of [200, 304, 400, 401, 404, 409, 411, 417, 500, 501, 505, 520, 524, 599])
      expect(isRetryable(code, 'GET'), `${code}`).toBe(false);
    for (const junk of [477, 1000, -503, 503.5, ' 503', '503\n', Number.NaN, null, undefined, {}])
      expect(isRetryable(junk, 'GET'), String(junk)).toBe(false);
  });

  it('agrees with the retryable flag for every known code', () => {
    for (const code of statusCodes) {
      const rule = getStatus(code).retryable;
      expect(isRetryable(code, 'GET'), `${code}`).toBe(rule !== false);
      expect(isRetryable(code, 'POST'), `${code}`).toBe(
        rule !== false && rule !== 'idempotent-request',
      );
      expect(isRetryable(code), `${code}`).toBe(
        rule === 'any-request' || rule === 'new-connection',
      );
    }
  });

  it('never throws and always answers a boolean, for any input', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withMap: true, withSet: true }),
        fc.anything({ withBigInt: true, withMap: true, withSet: true }),
        (code, method) => typeof isRetryable(code, method) === 'boolean',
      ),
      { numRuns: 1000 },
    );
  });
});

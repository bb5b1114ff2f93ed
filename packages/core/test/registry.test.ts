import { getStatus, STATUS, statusCodes } from '@http-status-i18n/core';
import { describe, expect, it } from 'vitest';

// Transcribed by hand from the IANA HTTP Status Code Registry (permanent assignments as of
// RFC 9110), independently of src/registry, with the names RFC 9110 gives. "(Unused)" rows are
// 306 and 418. The temporary 104 (Upload Resumption Supported) is left out on purpose.
const IANA_REGISTRY = `
100 Continue|101 Switching Protocols|102 Processing|103 Early Hints
200 OK|201 Created|202 Accepted|203 Non-Authoritative Information|204 No Content|205 Reset Content
206 Partial Content|207 Multi-Status|208 Already Reported|226 IM Used
300 Multiple Choices|301 Moved Permanently|302 Found|303 See Other|304 Not Modified|305 Use Proxy
306 (Unused)|307 Temporary Redirect|308 Permanent Redirect
400 Bad Request|401 Unauthorized|402 Payment Required|403 Forbidden|404 Not Found
405 Method Not Allowed|406 Not Acceptable|407 Proxy Authentication Required|408 Request Timeout
409 Conflict|410 Gone|411 Length Required|412 Precondition Failed|413 Content Too Large
414 URI Too Long|415 Unsupported Media Type|416 Range Not Satisfiable|417 Expectation Failed
418 (Unused)|421 Misdirected Request|422 Unprocessable Content|423 Locked|424 Failed Dependency
425 Too Early|426 Upgrade Required|428 Precondition Required|429 Too Many Requests
431 Request Header Fields Too Large|451 Unavailable For Legal Reasons
500 Internal Server Error|501 Not Implemented|502 Bad Gateway|503 Service Unavailable
504 Gateway Timeout|505 HTTP Version Not Supported|506 Variant Also Negotiates
507 Insufficient Storage|508 Loop Detected|510 Not Extended|511 Network Authentication Required`
  .split(/[|\n]/)
  .filter(Boolean)
  .map((row) => {
    const [, code, phrase] = /^(\d{3}) (.+)$/.exec(row) ?? [];
    return { code: Number(code), phrase: phrase as string };
  });

const UNOFFICIAL_IN_DESIGN = [
  419, 420, 440, 444, 449, 450, 460, 463, 464, 494, 495, 496, 497, 499, 509, 520, 521, 522, 523,
  524, 525, 526, 527, 530, 561, 598, 599,
];

const registered = statusCodes.map((code) => getStatus(code));

describe('the registry', () => {
  it('has every permanently registered IANA code with its RFC 9110 reason phrase', () => {
    expect(IANA_REGISTRY).toHaveLength(63);
    for (const { code, phrase } of IANA_REGISTRY) {
      const status = getStatus(code);
      expect(status, `${code}`).toBeDefined();
      expect(status?.registryPhrase, `${code}`).toBe(phrase);
      if (phrase === '(Unused)') expect(status?.standing).toBe('unused');
      else expect(status?.phrase).toBe(phrase);
      expect(status?.standing).not.toBe('unofficial');
    }
  });

  it("keeps the registry's own phrase apart from the name 306 and 418 are known by", () => {
    expect(getStatus(306)).toMatchObject({ phrase: 'Switch Proxy', registryPhrase: '(Unused)' });
    expect(getStatus(418)).toMatchObject({ phrase: "I'm a teapot", registryPhrase: '(Unused)' });
    expect(getStatus(200)).toMatchObject({ phrase: 'OK', registryPhrase: 'OK' });
    for (const status of registered.filter((s) => s.standing === 'unofficial'))
      expect(status.registryPhrase, `${status.code}`).toBeUndefined();
  });

  it('leaves out the temporary registration 104', () => {
    expect(getStatus(104)).toBeUndefined();
    expect(getStatus('104')).toBeUndefined();
    expect(statusCodes).not.toContain(104);
    expect(Object.keys(STATUS)).not.toContain('UPLOAD_RESUMPTION_SUPPORTED');
  });

  it('has the AWS ELB codes 464 and 561, and the Microsoft vendors of 440 and 449', () => {
    const elb = { standing: 'unofficial', source: { vendor: 'AWS Elastic Load Balancing' } };
    expect(getStatus(464)).toMatchObject({
      ...elb,
      key: 'INCOMPATIBLE_PROTOCOL_VERSIONS',
      phrase: 'Incompatible Protocol Versions',
    });
    expect(getStatus(561)).toMatchObject({
      ...elb,
      key: 'UNAUTHORIZED_BY_IDENTITY_PROVIDER',
      phrase: 'Unauthorized by Identity Provider',
    });
    expect(STATUS.INCOMPATIBLE_PROTOCOL_VERSIONS).toBe(464);
    expect(STATUS.UNAUTHORIZED_BY_IDENTITY_PROVIDER).toBe(561);
    expect(STATUS.UNAUTHORIZED).toBe(401);
    expect(getStatus(440)?.source).toEqual({ vendor: 'Microsoft Exchange / IIS' });
    expect(getStatus(449)?.source).toEqual({ vendor: 'Microsoft Exchange ActiveSync' });
  });

  it('marks every other code unofficial, with the vendor that sends it', () => {
    const ianaCodes = new Set(IANA_REGISTRY.map((row) => row.code));
    const others = registered.filter((status) => !ianaCodes.has(status.code));
    expect(others.map((status) => status.code)).toEqual(UNOFFICIAL_IN_DESIGN);
    for (const status of others) {
      expect(status.standing).toBe('unofficial');
      expect(status.source).toHaveProperty('vendor');
    }
  });

  it('cites an RFC section with a link for every registered code', () => {
    for (const status of registered.filter((s) => s.standing !== 'unofficial')) {
      const source = status.source as { title: string; section: string; url: string };
      expect(source.title).toMatch(/^RFC \d{4}$/);
      expect(source.url).toBe(
        `https://www.rfc-editor.org/rfc/rfc${source.title.slice(4)}#section-${source.section}`,
      );
    }
    expect(getStatus(409).source).toMatchObject({ title: 'RFC 9110', section: '15.5.10' });
    expect(getStatus(429).source).toMatchObject({ title: 'RFC 6585', section: '4' });
  });

  it('marks the unused, deprecated and obsolete codes', () => {
    const standingOf = (code: number) => getStatus(code)?.standing;
    expect([306, 418].map(standingOf)).toEqual(['unused', 'unused']);
    expect([102, 305].map(standingOf)).toEqual(['deprecated', 'deprecated']);
    expect(standingOf(510)).toBe('obsolete');
  });

  it('relates codes to existing codes that are not themselves', () => {
    for (const status of registered) {
      expect(status.related.length, `${status.code}`).toBeGreaterThan(0);
      for (const related of status.related) {
        expect(getStatus(related), `${status.code} → ${related}`).toBeDefined();
        expect(related).not.toBe(status.code);
      }
    }
  });

  it('relates the codes readers confuse', () => {
    const relates = (a: number, b: number) =>
      expect(getStatus(a)?.related, `${a} ↔ ${b}`).toContain(b);
    for (const [a, b] of [
      [301, 308],
      [308, 301],
      [302, 303],
      [302, 307],
      [307, 302],
      [401, 403],
      [401, 407],
      [403, 401],
      [404, 410],
      [410, 404],
      [409, 412],
      [409, 428],
      [413, 414],
      [413, 431],
      [208, 508],
      [508, 208],
      [425, 421],
      [502, 504],
      [504, 502],
      [429, 503],
      [503, 429],
    ] as const)
      relates(a, b);
  });

  it('derives constant names from phrases, uniquely', () => {
    const keys = registered.map((status) => status.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const status of registered) {
      const derived = status.phrase
        .replace(/'/g, '')
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '_')
        .replace(/^_|_$/g, '');
      expect(status.key).toBe(derived);
      expect(STATUS[status.key as keyof typeof STATUS]).toBe(status.code);
    }
    expect(Object.keys(STATUS)).toHaveLength(registered.length);
  });

  it('lists codes ascending, without gaps in the data', () => {
    expect([...statusCodes]).toEqual([...statusCodes].sort((a, b) => a - b));
    expect(statusCodes).toHaveLength(63 + UNOFFICIAL_IN_DESIGN.length);
  });

  it('sets each flag exactly on the codes the specification names', () => {
    const flagged = (flag: 'cacheable' | 'redirect' | 'noBody' | 'retryable' | 'common') =>
      registered.filter((status) => status[flag]).map((status) => status.code);
    // RFC 9110 §15.1 and each code's section; 451: RFC 7725 §3
    expect(flagged('cacheable')).toEqual([
      200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501,
    ]);
    expect(flagged('redirect')).toEqual([301, 302, 303, 307, 308]);
    // RFC 9110 §15.2, §15.3.5, §15.4.5 and §15.3.6 (205: content, not framing)
    expect(flagged('noBody')).toEqual([100, 101, 102, 103, 204, 205, 304]);
    expect(flagged('retryable')).toEqual([408, 421, 425, 429, 502, 503, 504]);
    expect(flagged('common')).toEqual([200, 301, 302, 400, 403, 404, 500, 502, 503, 504]);
  });

  it('gives each retryable code its condition, and false to every other code', () => {
    const rules = Object.fromEntries(
      registered.filter((status) => status.retryable).map((s) => [s.code, s.retryable]),
    );
    expect(rules).toEqual({
      408: 'any-request', // RFC 9110 §15.5.9
      421: 'new-connection', // RFC 9110 §15.5.20
      425: 'any-request', // RFC 8470 §5.2
      429: 'any-request', // RFC 6585 §4
      502: 'idempotent-request', // RFC 9110 §15.6.3, §9.2.2
      503: 'any-request', // RFC 9110 §15.6.4
      504: 'idempotent-request', // RFC 9110 §15.6.5, §9.2.2
    });
    for (const status of registered.filter((s) => !(s.code in rules)))
      expect(status.retryable, `${status.code}`).toBe(false);
    expect(getStatus(451).cacheable).toBe(true);
  });
});

describe('frozen data', () => {
  it('cannot be changed by one consumer for another', () => {
    const conflict = getStatus(409);
    expect(Object.isFrozen(STATUS)).toBe(true);
    expect(Object.isFrozen(statusCodes)).toBe(true);
    expect(Object.isFrozen(conflict)).toBe(true);
    expect(Object.isFrozen(conflict.related)).toBe(true);
    expect(Object.isFrozen(conflict.source)).toBe(true);
    expect(() => {
      (STATUS as Record<string, number>).CONFLICT = 999;
    }).toThrow(TypeError);
    expect(() => {
      (conflict as { phrase: string }).phrase = 'Changed';
    }).toThrow(TypeError);
    expect(() => (conflict.related as number[]).push(200)).toThrow(TypeError);
    expect(getStatus(409).phrase).toBe('Conflict');
  });
});

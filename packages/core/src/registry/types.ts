/** The five classes of RFC 9110 §15: the first digit of the code. */
export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

/**
 * Where a code stands today:
 * - `standard`: registered with IANA and in use;
 * - `unused`: registered only as "(Unused)" and reserved, with no meaning (306: RFC 9110
 *   §15.4.7; 418: §15.5.19);
 * - `deprecated`: registered, but a later specification deprecated it (305: RFC 9110 §15.4.6,
 *   for security reasons per RFC 7231 Appendix B) or removed it (102: RFC 4918, which obsoletes
 *   RFC 2518, removed it from WebDAV); the registry entry still cites the older document;
 * - `obsolete`: registered and marked "(OBSOLETED)" in the registry; its specification,
 *   RFC 2774, is Historic (510);
 * - `unofficial`: not in the IANA registry; sent by a vendor's product.
 */
export type Standing = 'standard' | 'unused' | 'deprecated' | 'obsolete' | 'unofficial';

/**
 * When repeating the same request can help (see `flags.ts` for each code's section):
 * - `any-request`: whatever the method, once the condition has passed (after any `Retry-After`);
 * - `idempotent-request`: only for an idempotent method (GET, HEAD, OPTIONS, TRACE, PUT,
 *   DELETE): the server behind a gateway may already have applied the request (RFC 9110 §9.2.2);
 * - `new-connection`: whatever the method, but on a new connection, not the one that answered.
 */
export type RetryRule = 'any-request' | 'idempotent-request' | 'new-connection';

/** A code defined by a specification: the document, the section, and a link to that section. */
export interface SpecificationSource {
  readonly title: string;
  readonly section: string;
  readonly url: string;
}

/** A code defined by a product, not a specification. */
export interface VendorSource {
  readonly vendor: string;
}

export type StatusSource = SpecificationSource | VendorSource;

/** One row of a provenance file (`iana.ts`, `unofficial.ts`): the facts written by hand. */
export interface RegistryEntry {
  readonly code: number;
  /** Constant name: the phrase upper-cased, apostrophes dropped, other non-letters as `_`. */
  readonly key: string;
  /**
   * English reason phrase. For registered codes, the IANA registry's, except 306 and 418
   * (registered as "(Unused)"), which keep the name they are known by; for unofficial codes,
   * the label the code is commonly listed under. Phrases are recommendations (RFC 9110 §15.1).
   */
  readonly phrase: string;
  /** The registry's own entry, where it differs from `phrase` ("(Unused)" for 306 and 418). */
  readonly registryPhrase?: string;
  readonly standing: Standing;
  readonly source: StatusSource;
  /** Codes a reader confuses this one with, or should consider instead. */
  readonly related: readonly number[];
}

/** The five classes of RFC 9110 §15: the first digit of the code. */
export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

/**
 * Where a code stands today:
 * - `standard`: registered with IANA and in use;
 * - `unused`: registered only as "(Unused)" and reserved (306, 418; RFC 9110 §15.4.7, §15.5.19);
 * - `deprecated`: registered, but clients must not rely on it (102, 305);
 * - `obsolete`: registered, its specification is historic (510);
 * - `unofficial`: not in the IANA registry; sent by a vendor's product.
 */
export type Standing = 'standard' | 'unused' | 'deprecated' | 'obsolete' | 'unofficial';

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
  /** Canonical English reason phrase, as sent on the wire. */
  readonly phrase: string;
  readonly standing: Standing;
  readonly source: StatusSource;
  /** Codes a reader confuses this one with, or should consider instead. */
  readonly related: readonly number[];
}

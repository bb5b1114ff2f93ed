import type { SpecificationSource } from './types.js';

/** A section of an RFC, linked on the RFC Editor's site. */
export function rfc(number: number, section: string): SpecificationSource {
  return Object.freeze({
    title: `RFC ${number}`,
    section,
    url: `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}`,
  });
}

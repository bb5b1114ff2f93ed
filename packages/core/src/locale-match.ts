/** Longer inputs are not language tags; refusing them early bounds the work per input. */
const MAX_TAG_LENGTH = 64;
/** Distinct inputs remembered per matcher; the memo is cleared when full, so it stays bounded. */
const MEMO_LIMIT = 1024;

/**
 * The canonical form of a BCP 47 tag (`"ZH-hant-tw"` → `"zh-Hant-TW"`, `"iw"` → `"he"`), via
 * the built-in `Intl.Locale`. POSIX underscores are accepted (`"pt_BR"`). Anything that is not
 * a well-formed tag gives `undefined`.
 */
export function canonicalizeLocale(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > MAX_TAG_LENGTH) return undefined;
  try {
    return new Intl.Locale(tag.replaceAll('_', '-')).toString();
  } catch {
    return undefined;
  }
}

interface Candidate {
  readonly tag: string;
  readonly language: string;
  readonly script: string | undefined;
  readonly region: string | undefined;
}

/** `tag` is returned to the caller as given; the subtags come from its canonical form. */
function describe(canonical: string, tag: string): Candidate {
  // maximize() adds the likely script and region: zh-HK → zh-Hant-HK, zh → zh-Hans-CN, en → en-Latn-US.
  const { language, script, region } = new Intl.Locale(canonical).maximize();
  return { tag, language, script, region };
}

/**
 * Finds, for any requested tag, the best of the available tags, or `undefined` when none shares
 * its language. Exact match first; then, among tags of the same language, the one sharing the
 * most of script (worth more) and region, after adding likely subtags. So `zh-HK` and `zh-Hant`
 * reach `zh-TW` (Traditional script), `zh`, `zh-SG` and `zh-Hans` reach `zh-CN`, `en-GB` reaches
 * `en`. A reader of one script is better served by the other script of the same language than by
 * another language: `zh-Hant-HK` reaches `zh-CN` when no Traditional locale is available.
 */
export function createLocaleMatcher(
  available: readonly string[],
): (tag: unknown) => string | undefined {
  const candidates: Candidate[] = [];
  const exact = new Map<string, string>();
  // Plain-JavaScript callers can pass anything; a non-list offers no locale, it does not throw.
  for (const tag of Array.isArray(available) ? available : []) {
    if (typeof tag !== 'string') continue;
    const canonical = canonicalizeLocale(tag);
    if (canonical === undefined || exact.has(canonical.toLowerCase())) continue;
    exact.set(canonical.toLowerCase(), tag);
    candidates.push(describe(canonical, tag));
  }
  const memo = new Map<unknown, string | undefined>();

  function matchUncached(tag: unknown): string | undefined {
    const canonical = canonicalizeLocale(tag);
    if (canonical === undefined) return undefined;
    const exactMatch = exact.get(canonical.toLowerCase());
    if (exactMatch !== undefined) return exactMatch;
    const wanted = describe(canonical, canonical);
    let best: Candidate | undefined;
    let bestScore = -1;
    for (const candidate of candidates) {
      if (candidate.language !== wanted.language) continue;
      const score =
        (candidate.script === wanted.script ? 2 : 0) + (candidate.region === wanted.region ? 1 : 0);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best?.tag;
  }

  return (tag) => {
    // Checked before the memo, so no oversized input is ever remembered.
    if (typeof tag !== 'string' || tag.length === 0 || tag.length > MAX_TAG_LENGTH)
      return undefined;
    if (memo.has(tag)) return memo.get(tag);
    const match = matchUncached(tag);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(tag, match);
    return match;
  };
}

/**
 * Deprecated primary language subtags that `Intl.Locale` replaces (CLDR language aliases), so
 * that the cheap primary-subtag screen of `negotiateLocale` still lets `iw` reach `he`.
 */
const LANGUAGE_ALIASES = [
  'in',
  'iw',
  'ji',
  'jw',
  'mo',
  'tl',
  'sh',
  'cmn',
  'zsm',
  'swh',
  'arb',
  'aju',
];

/** The primary languages a range may have to match one of `available` (lower case). */
export function primaryLanguagesOf(available: readonly string[]): ReadonlySet<string> {
  const languages = new Set<string>();
  for (const tag of Array.isArray(available) ? available : []) {
    const canonical = canonicalizeLocale(tag);
    if (canonical !== undefined) languages.add(new Intl.Locale(canonical).language);
  }
  for (const alias of LANGUAGE_ALIASES) {
    if (languages.has(new Intl.Locale(alias).language)) languages.add(alias);
  }
  return languages;
}

/** One language range of an Accept-Language header with its weight; `q` in any case (RFC 5234 §2.3). */
const LANGUAGE_RANGE =
  /^([A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*|\*)(?:[ \t]*;[ \t]*[qQ][ \t]*=[ \t]*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?))?$/;
/** No valid range with its weight is longer (8 subtags of 8 plus `;q=0.xxx`). */
const MAX_RANGE_LENGTH = 96;
/**
 * Ranges read from one header. Browsers send fewer than ten; reading more would let one
 * request buy unbounded work. Ranges past this are ignored, as RFC 9110 §12.5.4 lets a server
 * ignore the field altogether.
 */
export const MAX_LANGUAGE_RANGES = 64;

/** What `negotiateLocale` can pick from: a translator, or the tags themselves. */
export interface LocaleChoice {
  readonly locales: readonly string[];
  readonly fallbackLocale: string;
}

/**
 * Picks one of `available` for an `Accept-Language` header (RFC 9110 §12.5.4): the range with the
 * highest weight that matches an available tag (ties: the earlier range). `*` stands for any
 * language not otherwise excluded: `fallback` if it may be used, else the first such available
 * tag. A range with `q=0` excludes every available tag it names or is a prefix of (RFC 4647
 * §3.3.1), so `de-CH, de;q=0` does not give `de`. Malformed ranges are skipped, only the first
 * 64 ranges are read, and a header that is not a string, or matches nothing, gives `fallback`.
 * `negotiateLocale(header, translator)` picks among a translator's locales, its fallback locale
 * as `fallback`.
 */
export function negotiateLocale<Tag extends string>(
  acceptLanguage: unknown,
  translator: { readonly locales: readonly Tag[]; readonly fallbackLocale: Tag },
): Tag;
export function negotiateLocale(
  acceptLanguage: unknown,
  available: readonly string[],
  fallback: string,
): string;
export function negotiateLocale(
  acceptLanguage: unknown,
  available: readonly string[] | LocaleChoice,
  fallback?: string,
): string {
  // A translator (or any `{ locales, fallbackLocale }`) brings its own default.
  const choice = Array.isArray(available)
    ? undefined
    : (available as Partial<LocaleChoice> | null | undefined);
  const { match, primaryLanguages, tags } = matcherFor(choice ? choice.locales : available);
  const chosenFallback =
    typeof choice?.fallbackLocale === 'string' ? choice.fallbackLocale : fallback;
  return negotiateWith(acceptLanguage, match, chosenFallback as string, tags, primaryLanguages);
}

interface CachedMatcher {
  readonly tags: readonly string[];
  readonly match: (tag: unknown) => string | undefined;
  readonly primaryLanguages: ReadonlySet<string>;
}

/** Frozen lists (a translator's `locales`) by identity: no key to build per call. */
const matchersByList = new WeakMap<readonly string[], CachedMatcher>();
const matchers = new Map<string, CachedMatcher>();
/** Distinct `available` lists remembered; a server has one or a few. */
const MATCHER_LIMIT = 64;

function matcherFor(available: unknown): CachedMatcher {
  const list = Array.isArray(available) ? (available as readonly unknown[]) : [];
  const frozen = Object.isFrozen(list);
  let cached = frozen ? matchersByList.get(list as readonly string[]) : undefined;
  if (cached !== undefined) return cached;
  const tags = list.filter((tag): tag is string => typeof tag === 'string');
  // JSON keeps ['en,de'] and ['en', 'de'] apart, which a plain join would not.
  const key = JSON.stringify(tags);
  cached = matchers.get(key);
  if (cached === undefined) {
    if (matchers.size >= MATCHER_LIMIT) matchers.clear();
    cached = {
      tags,
      match: createLocaleMatcher(tags),
      primaryLanguages: primaryLanguagesOf(tags),
    };
    matchers.set(key, cached);
  }
  if (frozen) matchersByList.set(list as readonly string[], cached);
  return cached;
}

interface WeightedRange {
  readonly range: string;
  readonly weight: number;
}

/** The well-formed ranges of a header, at most MAX_LANGUAGE_RANGES of them, in header order. */
function parseAcceptLanguage(header: string): WeightedRange[] {
  const ranges: WeightedRange[] = [];
  let start = 0;
  let read = 0;
  while (start <= header.length && read < MAX_LANGUAGE_RANGES) {
    let end = header.indexOf(',', start);
    if (end === -1) end = header.length;
    const length = end - start;
    // An item far longer than any range is skipped unread; padding aside, none is valid.
    const item = length > 4 * MAX_RANGE_LENGTH ? undefined : header.slice(start, end).trim();
    start = end + 1;
    if (item?.length === 0) continue;
    read++;
    if (item === undefined || item.length > MAX_RANGE_LENGTH) continue;
    const parsed = LANGUAGE_RANGE.exec(item);
    if (parsed === null) continue;
    ranges.push({
      range: (parsed[1] as string).replaceAll('_', '-'),
      weight: parsed[2] === undefined ? 1 : Number(parsed[2]),
    });
  }
  return ranges;
}

/** RFC 4647 §3.3.1 basic filtering: the range equals the tag or is a prefix of it at a hyphen. */
function rangeCovers(range: string, tag: string): boolean {
  const lowerRange = range.toLowerCase();
  const lowerTag = tag.toLowerCase();
  return lowerTag === lowerRange || lowerTag.startsWith(`${lowerRange}-`);
}

/**
 * `negotiateLocale` over a prepared matcher. `primaryLanguages` screens ranges on their first
 * subtag before any `Intl` work, so a header of distinct unknown ranges costs string work only.
 */
export function negotiateWith(
  acceptLanguage: unknown,
  match: (tag: unknown) => string | undefined,
  fallback: string,
  available: readonly string[],
  primaryLanguages: ReadonlySet<string>,
): string {
  if (typeof acceptLanguage !== 'string') return fallback;
  const ranges = parseAcceptLanguage(acceptLanguage);
  const excluded = new Set<string>();
  for (const { range, weight } of ranges) {
    if (weight !== 0) continue;
    // `*;q=0`: nothing unnamed is acceptable; with no acceptable match the caller's default stands.
    if (range === '*') continue;
    for (const tag of available) if (rangeCovers(range, tag)) excluded.add(tag);
  }
  const usable = (tag: string | undefined) => tag !== undefined && !excluded.has(tag);
  // Highest weight first; a stable sort keeps header order among equal weights.
  const wanted = ranges.filter(({ weight }) => weight > 0).sort((a, b) => b.weight - a.weight);
  for (const { range } of wanted) {
    if (range === '*') {
      if (usable(fallback)) return fallback;
      const other = available.find((tag) => usable(tag));
      if (other !== undefined) return other;
      continue;
    }
    const hyphen = range.indexOf('-');
    const primary = (hyphen === -1 ? range : range.slice(0, hyphen)).toLowerCase();
    if (!primaryLanguages.has(primary)) continue;
    const found = match(range);
    if (usable(found)) return found as string;
  }
  return fallback;
}

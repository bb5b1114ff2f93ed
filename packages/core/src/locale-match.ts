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
  for (const tag of available) {
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
    if (typeof tag !== 'string') return undefined;
    if (memo.has(tag)) return memo.get(tag);
    const match = matchUncached(tag);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(tag, match);
    return match;
  };
}

/** One language range of an Accept-Language header with its weight. */
const LANGUAGE_RANGE =
  /^([A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*|\*)(?:[ \t]*;[ \t]*q[ \t]*=[ \t]*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?))?$/;
/** No valid range with its weight is longer (8 subtags of 8 plus `;q=0.xxx`). */
const MAX_RANGE_LENGTH = 96;

/**
 * Picks one of `available` for an `Accept-Language` header (RFC 9110 §12.5.4): the range with the
 * highest weight that matches an available tag (ties: the earlier range), `*` meaning
 * `fallback`. Malformed ranges and weights are skipped, `q=0` ranges never match, and a header
 * that is not a string, or matches nothing, gives `fallback`. Runs in time linear in the
 * header's length: every range is parsed once, and ranges that cannot beat the current best are
 * not matched at all.
 */
export function negotiateLocale(
  acceptLanguage: unknown,
  available: readonly string[],
  fallback: string,
): string {
  return negotiateWith(acceptLanguage, matcherFor(available), fallback);
}

const matchers = new Map<string, (tag: unknown) => string | undefined>();

function matcherFor(available: readonly string[]) {
  const key = available.join(',');
  let matcher = matchers.get(key);
  if (matcher === undefined) {
    if (matchers.size >= 64) matchers.clear();
    matcher = createLocaleMatcher(available);
    matchers.set(key, matcher);
  }
  return matcher;
}

export function negotiateWith(
  acceptLanguage: unknown,
  match: (tag: unknown) => string | undefined,
  fallback: string,
): string {
  if (typeof acceptLanguage !== 'string') return fallback;
  let best = fallback;
  let bestWeight = 0;
  let start = 0;
  while (start <= acceptLanguage.length) {
    let end = acceptLanguage.indexOf(',', start);
    if (end === -1) end = acceptLanguage.length;
    const range = acceptLanguage.slice(start, end).trim();
    start = end + 1;
    if (range.length === 0 || range.length > MAX_RANGE_LENGTH) continue;
    const parsed = LANGUAGE_RANGE.exec(range);
    if (parsed === null) continue;
    const weight = parsed[2] === undefined ? 1 : Number(parsed[2]);
    if (weight <= bestWeight) continue;
    const found = parsed[1] === '*' ? fallback : match(parsed[1]);
    if (found !== undefined) {
      best = found;
      bestWeight = weight;
      if (weight === 1) break;
    }
  }
  return best;
}

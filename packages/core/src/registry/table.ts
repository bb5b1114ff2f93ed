// Generated from src/registry by `pnpm --filter @http-status-i18n/core generate`. Do not edit.
// From iana.ts, unofficial.ts and flags.ts, in the form registry/compact.ts describes; rows are
// the codes of the phrase table in status-phrases.ts, in order.
import type { Exception } from './compact.js';

/** RFC numbers and vendors' names, `|`-separated. */
export const documents =
  '9110|2518|8297|4918|5842|3229|Laravel|Twitter|8470|6585|Microsoft Exchange / IIS|nginx|Microsoft Exchange ActiveSync|Microsoft|7725|AWS Elastic Load Balancing|2295|Apache / cPanel|2774|Cloudflare|HTTP proxies (informal)';

/** Per row: the document, and the RFC section unless it is the next one. */
export const sources =
  'A15.2.1AB10.1C2A15.3.1AAAAAAD11.1E7.1F10.4.1A15.4.1AAAAAAAAA15.5.1AAAAAAAAAAAAAAAAAAGHAAD11.3DI5.2AJ3JJKLMNO3PPPLLLLLA15.6.1AAAAAQ8.1DERS7JTTTTTTTTTPUU';

/** Per row: the related codes, by row; rows separated by a space. */
export const related =
  "K& T &) # (+- ')4 (4 ' ', + 'J /' .m ' @2 93D 842 38( 'F 7 6 394 28 PIW =Ap =V ;>\\ D= f> I1 ;=p id FUQ >2 :G UC5 HWl GW @P - # :f ;=X V >g :CI CR Q. BO $j FC hN GH` ;M d :U =\\ => dB W jT W bw a; :T B] gh ?j ihe Veg gBu T e1 G / Vh f ;A g gt iu gry is wg va g t ;e i is";

/** Per row: the flags. */
export const flags =
  '88883002:8200027548004610013200@020002000000`000@00@0000020000000012QAQ0000000000000000000';

/** The fields that the defaults do not give, by code. */
export const exceptions: Readonly<Record<number, Exception>> = {
  102: { standing: 'deprecated' },
  305: { standing: 'deprecated' },
  306: { standing: 'unused', registryPhrase: '(Unused)' },
  418: { standing: 'unused', registryPhrase: '(Unused)' },
  510: { standing: 'obsolete' },
};

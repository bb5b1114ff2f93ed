import type { LocaleBundle } from '@http-status-i18n/core';
import messages from '../messages.json' with { type: 'json' };

// JSON widens `direction` to string; the locale check guarantees "ltr" or "rtl".
const bundle: LocaleBundle = messages as typeof messages & Pick<LocaleBundle, 'direction'>;

export default bundle;

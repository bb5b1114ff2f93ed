import type { LocaleBundle } from '@http-status-i18n/core';
import messages from '../messages.json' with { type: 'json' };

/** Every translator and i18next instance shares this bundle: nobody may change it. */
function deepFreeze<Value>(value: Value): Value {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// JSON widens `locale` and `direction` to string; the locale check guarantees both. The
// literal tag lets a translator built from this bundle type its locale arguments.
const bundle: LocaleBundle<'zh-TW'> = deepFreeze(
  messages as typeof messages & Pick<LocaleBundle<'zh-TW'>, 'locale' | 'direction'>,
);

export default bundle;

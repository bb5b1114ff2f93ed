import { createTranslator } from '@http-status-i18n/core';
import ar from '@http-status-i18n/locale-ar';
import de from '@http-status-i18n/locale-de';
import en from '@http-status-i18n/locale-en';
import es from '@http-status-i18n/locale-es';
import fr from '@http-status-i18n/locale-fr';
import ja from '@http-status-i18n/locale-ja';
import ko from '@http-status-i18n/locale-ko';
import ptBR from '@http-status-i18n/locale-pt-br';
import zhCN from '@http-status-i18n/locale-zh-cn';
import zhTW from '@http-status-i18n/locale-zh-tw';

export const bundles = { en, de, 'zh-CN': zhCN, ar } as const;
/** The translator most tests use: a few locales, one of them right-to-left. */
export const translator = createTranslator({ locales: [en, de, zhCN, ar] });
export const everyLocale = createTranslator({
  locales: [en, zhCN, zhTW, ja, ko, es, fr, de, ptBR, ar],
});

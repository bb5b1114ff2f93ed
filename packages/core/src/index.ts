export {
  type ClassTexts,
  classTextFields,
  type LocaleBundle,
  type LocaleEntry,
  type LocaleEntryBundle,
  type LocaleMessages,
  type LocaleNames,
  localeEntryFields,
  type PartialLocaleBundle,
  type StatusTexts,
  statusTextFields,
  type TextDirection,
  type UiTexts,
  uiTextKeys,
} from './locale-bundle.js';
export {
  canonicalizeLocale,
  createLocaleMatcher,
  type LocaleChoice,
  negotiateLocale,
} from './locale-match.js';
export { commonStatusCodes } from './registry/flags.js';
export type { StatusInfo } from './registry/index.js';
export type {
  RetryRule,
  SpecificationSource,
  Standing,
  StatusClass,
  StatusSource,
  VendorSource,
} from './registry/types.js';
export { isRetryable } from './retry.js';
export { getStatus } from './status.js';
export {
  getStatusClass,
  isClientError,
  isError,
  isInformational,
  isRedirect,
  isServerError,
  isSuccess,
  statusClasses,
} from './status-class.js';
export { type StatusCode, statusCodes } from './status-codes.js';
export { STATUS } from './status-constants.js';
export { getPhrase } from './status-phrases.js';
export {
  createTranslator,
  formatStatusCode,
  interpolate,
  type LocaleInput,
  type LocalizedStatus,
  type StatusCodeInput,
  type Translator,
  type TranslatorOptions,
} from './translate.js';

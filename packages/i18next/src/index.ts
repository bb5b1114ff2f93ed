export { HttpStatusBackend, type HttpStatusBackendOptions, type LoadedLocale } from './backend.js';
export { type LanguageOptions, languageOptions } from './language-options.js';
export { type HttpStatusNamespace, NAMESPACE, toNamespace, toResources } from './namespace.js';
export { type StatusField, type StatusMessageOptions, statusMessage } from './status-message.js';

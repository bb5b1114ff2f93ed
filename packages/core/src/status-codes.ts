import { STATUS } from './status-constants.js';

/** A code known to the registry. */
export type StatusCode = (typeof STATUS)[keyof typeof STATUS];

/** Every code known to the registry, ascending. Frozen. */
export const statusCodes: readonly StatusCode[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.values(STATUS).sort((a, b) => a - b),
);

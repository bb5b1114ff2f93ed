export type { ResponseContext } from './context.js';
export { MAX_RETRY_AFTER_SECONDS } from './context.js';
export {
  type DescribeResponseOptions,
  describeResponse,
  type ResponseDescription,
} from './describe-response.js';
export {
  negotiateRequestLocale,
  type ProblemDetailsOptions,
  type ProblemDocument,
  type ProblemResponse,
  problemDetails,
  type RequestLike,
  statusOfError,
} from './problem-details.js';

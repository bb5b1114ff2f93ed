export type {
  ClassPage,
  ClassSection,
  CodeEntry,
  CodeList,
  Reference,
  SearchResults,
  StatusPage,
} from './reference.js';
export { type CliContext, exitCodes, runCli } from './run.js';

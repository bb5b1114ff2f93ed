#!/usr/bin/env node
/** The locale tool's command line: `pnpm locales …`. All of it lives in `tool.ts`. */
import { runLocaleTool } from './tool.js';

// `pnpm locales show de | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = runLocaleTool(process.argv.slice(2), process);

#!/usr/bin/env node
/** The locale tool's command line: `pnpm locales …`. All of it lives in `tool.ts`. */
import { runLocaleTool } from './tool.js';

process.exitCode = runLocaleTool(process.argv.slice(2), process);

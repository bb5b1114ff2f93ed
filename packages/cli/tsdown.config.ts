import { defineConfig } from 'tsdown';
import shared from '../../tsdown.package.config.ts';

/** The shared package build, plus the bin; Node's built-in modules (`node:util`) are external. */
export default defineConfig({
  ...shared,
  entry: ['src/index.ts', 'src/bin.ts'],
  platform: 'node',
  // `.js` and `.cjs`, as the other packages (platform 'node' would default to `.mjs`).
  fixedExtension: false,
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { localeChunkName, localesPlugin } from './locales-plugin.ts';
import { statusEndpoints } from './status-endpoints.ts';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  plugins: [react(), localesPlugin(repositoryRoot), statusEndpoints()],
  build: {
    rollupOptions: {
      output: {
        chunkFileNames: (chunk) =>
          localeChunkName(chunk.facadeModuleId) ?? 'assets/[name]-[hash].js',
      },
    },
  },
});

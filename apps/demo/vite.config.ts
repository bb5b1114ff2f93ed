import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { localeChunkName, localesPlugin } from './locales-plugin.ts';
import { siteOrigin } from './site-origin.ts';
import { prerenderedSite } from './site-server.ts';
import { statusEndpoints } from './status-endpoints.ts';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), localesPlugin(repositoryRoot), statusEndpoints(), prerenderedSite()],
  define: {
    __SITE_ORIGIN__: JSON.stringify(siteOrigin(process.env.SITE_ORIGIN)),
    // The prerender (the SSR build) runs React's production build, as the browser does: its
    // development build renders several times slower and checks nothing the e2e tests miss.
    ...(isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {}),
  },
  // React is bundled into the prerender, so that the definition above reaches it.
  ssr: { noExternal: true },
  build: {
    // The prerender reads it to preload each page's locale chunk.
    manifest: true,
    rollupOptions: {
      output: {
        chunkFileNames: (chunk) =>
          localeChunkName(chunk.facadeModuleId) ?? 'assets/[name]-[hash].js',
      },
    },
  },
}));

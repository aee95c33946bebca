import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The single-page app: built into dist/web, which the server serves under a strict
 * Content Security Policy (no inline scripts or styles).
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // dkfds only exports its JavaScript entry; the stylesheet, fonts and icons live in dist.
      'dkfds-dist': fileURLToPath(new URL('./node_modules/dkfds/dist', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    assetsDir: 'assets',
    // No inline polyfill script: the CSP allows scripts from 'self' only.
    modulePreload: { polyfill: false },
    // Nothing is inlined: fonts must stay files (the CSP's font-src is 'self', not data:), and DKFDS's
    // many icons are fetched only when a page uses them, which keeps the stylesheet small.
    assetsInlineLimit: 0,
    sourcemap: false,
    // The results page's lazy chunk carries ECharts (~560 kB raw, 184 kB gzipped); nothing else comes near.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});

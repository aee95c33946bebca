import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The single-page app (index.html) and the participant view (deltag.html): built into dist/web,
 * which the server serves under a strict Content Security Policy (no inline scripts or styles).
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
    // Two pages: the main app, and the participant view (/deltag), which phones load on their own
    // and which must stay small (under 80 kB of JavaScript and CSS, gzipped; e2e/live-participant).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        deltag: fileURLToPath(new URL('./deltag.html', import.meta.url)),
      },
    },
    // The results page's lazy chunk carries ECharts (~560 kB raw, 184 kB gzipped); nothing else comes near.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});

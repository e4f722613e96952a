/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the built app. It lives in a <meta> tag so that any static host
 * serves it; the dev server is left without it because React Fast Refresh injects inline scripts.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function cspMetaTag(): Plugin {
  return {
    name: 'lectern-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

// LECTERN_BASE serves the app from a sub-path (e.g. /lectern/); LECTERN_OUT builds it elsewhere.
const base = process.env.LECTERN_BASE ?? '/';
const outDir = process.env.LECTERN_OUT ?? 'dist';

export default defineConfig({
  base,
  plugins: [react(), cspMetaTag()],
  build: {
    outDir,
    manifest: true,
    sourcemap: true,
    target: 'es2022',
    // The citation engine (citeproc, about 650 KB before gzip) is one lazy chunk on purpose; the
    // reading page's own budget is checked by `npm run size`.
    chunkSizeWarningLimit: 700,
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/support/setup.ts'],
    env: { TZ: 'America/Los_Angeles' },
    restoreMocks: true,
  },
});

/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The API (and Swagger UI under /q) is served by the backend; the browser sees one origin.
const apiUrl = process.env.DANVAN_API_URL || 'http://localhost:8080';
const webPort = Number(process.env.DANVAN_WEB_PORT || 5173);

const proxy: Record<string, ProxyOptions> = {
  '/api': { target: apiUrl, changeOrigin: false },
  '/q': { target: apiUrl, changeOrigin: false },
};

/**
 * The installable app (web manifest, icons from scripts/make-icons.mjs) and its service worker
 * (Workbox, generated at build; registered by a small script the build adds to index.html, so
 * only production builds have one). The worker keeps the app's own files for offline use; it
 * never stores an API answer: they carry a user's bearer token and data, and the user's own work
 * is kept per user by the app itself (src/lib/offline/query-persistence.ts).
 */
const pwa = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: 'script',
  manifest: {
    name: 'DânVận',
    short_name: 'DânVận',
    description: 'Quản lý công tác dân vận: văn bản chỉ đạo, nhiệm vụ, báo cáo',
    lang: 'vi',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#b71c1c',
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: '/icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
    // antd and the app's largest chunks are above Workbox's 2 MB default.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    navigateFallback: '/index.html',
    // Not the app: the API and Swagger UI (/q), and Keycloak's answer to a silent sign-in.
    navigateFallbackDenylist: [/^\/api\//, /^\/q\//, /^\/silent-renew\.html/],
    // No runtimeCaching: nothing but the precached app goes through the worker's caches.
    cleanupOutdatedCaches: true,
    // A new worker takes over at once, and controls the page that installed it: the first visit
    // is already readable offline (e2e/session-offline.e2e.ts).
    skipWaiting: true,
    clientsClaim: true,
  },
});

/**
 * dist/.vite/modules.json: each chunk's modules with their size in it, for
 * scripts/bundle-report.mjs to say what the first screen's JavaScript is made of.
 */
const modulesReport: Plugin = {
  name: 'danvan-modules-report',
  apply: 'build',
  generateBundle(_options, bundle) {
    const chunks: Record<string, Record<string, number>> = {};
    for (const output of Object.values(bundle)) {
      if (output.type === 'chunk') {
        chunks[output.fileName] = Object.fromEntries(
          Object.entries(output.modules).map(([id, module]) => [id, module.renderedLength]),
        );
      }
    }
    this.emitFile({
      type: 'asset',
      fileName: '.vite/modules.json',
      source: JSON.stringify(chunks),
    });
  },
};

export default defineConfig({
  plugins: [react(), pwa, modulesReport],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { host: '127.0.0.1', port: webPort, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: webPort, strictPort: true, proxy },
  build: {
    // No source maps in the production build (they would be served with it); `npm run dev` keeps its own.
    sourcemap: false,
    // dist/.vite/manifest.json: scripts/bundle-report.mjs reads the chunks and their imports from it.
    manifest: true,
    rolldownOptions: {
      // antd's rc-component packages do not declare `sideEffects` (antd does): without this, a
      // module importing one name of a package (antd's form context imports only FormProvider)
      // keeps the whole package, e.g. the form and its validator on every screen (budget: README).
      treeshake: {
        moduleSideEffects: [{ test: /node_modules[\\/]@rc-component[\\/]/, sideEffects: false }],
      },
      output: {
        // The libraries every screen needs change less often than the app: their own file stays
        // cached across releases. Everything else (antd's components, recharts, pdf.js, ...) is
        // split by what imports it, so a route loads only the parts it uses (budget: README).
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-is)[\\/]/,
            },
            {
              name: 'libs',
              test: /node_modules[\\/](@tanstack|i18next|react-i18next|oidc-client-ts|react-oidc-context|openapi-fetch|dayjs)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup-tests.ts'],
    restoreMocks: true,
    testTimeout: 20000,
    css: false,
  },
});

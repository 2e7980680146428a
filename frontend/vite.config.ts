/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// The API (and Swagger UI under /q) is served by the backend; the browser sees one origin.
const apiUrl = process.env.DANVAN_API_URL || 'http://localhost:8080';
const webPort = Number(process.env.DANVAN_WEB_PORT || 5173);

const proxy: Record<string, ProxyOptions> = {
  '/api': { target: apiUrl, changeOrigin: false },
  '/q': { target: apiUrl, changeOrigin: false },
};

export default defineConfig({
  plugins: [react()],
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

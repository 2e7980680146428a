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
    // antd (Table, Tree, DatePicker, ...) is one large library chunk, about 340 kB gzipped.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/,
            },
            { name: 'vendor', test: /node_modules[\\/]/ },
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

import { defineConfig } from 'vitest/config';

// End-to-end tests: headless Chromium (playwright-core) against the running stack.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: ['verbose'],
  },
});

import { defineConfig } from 'vitest/config';

// Real browsers on a 2-core machine: one test file at a time, generous
// timeouts for launches, and no retries that would hide a flaky journey.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

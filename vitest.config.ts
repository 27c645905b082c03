import { defineConfig } from 'vitest/config';

// CI sets RW_VITEST_JSON so .ci/run can print vitest's own pass/fail count.
const jsonReport = process.env.RW_VITEST_JSON;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
  },
});

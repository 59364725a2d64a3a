import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // The corpus and CLI tests print their counts; keep them readable.
    reporters: ['default'],
  },
});

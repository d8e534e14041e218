import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['functions/**/*.test.ts', 'infra/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A page or the worker answers within a second on a quiet machine, not always on a busy
    // one: a poll waits up to 10 s for the value it asserts.
    expect: { poll: { timeout: 10_000 } },
    // Two cores: browser and CDK tests are heavy, so keep the pool small.
    maxWorkers: 2,
    // The portal's log lines appear only under a test that failed.
    setupFiles: ['./test/support/logs-per-test.ts'],
    silent: 'passed-only',
    reporters: ['default', './test/support/plain-summary.ts'],
  },
});

import type { Reporter, TestModule } from 'vitest/node';
import { countResults, type FileOutcome } from './result-count.ts';

/**
 * Ends the run with one plain line, "Tests: N passed, N failed, N skipped", which CI
 * reads to know how many tests ran.
 */
export default class PlainSummary implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const count = countResults(testModules.map(fileOutcome));
    process.stdout.write(
      `\nTests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`,
    );
  }
}

function fileOutcome(module: TestModule): FileOutcome {
  return {
    failed: module.state() === 'failed',
    tests: [...module.children.allTests()].map((test) => ({
      state: test.result().state,
      mode: test.options.mode,
    })),
  };
}

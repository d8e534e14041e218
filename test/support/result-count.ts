/** What the closing line needs to know of one test file. */
export interface FileOutcome {
  /** The file itself failed: an import error, a throwing hook, an unhandled error. */
  failed: boolean;
  tests: {
    state: 'pending' | 'passed' | 'failed' | 'skipped';
    /** "skip" and "todo" were meant not to run; "run" and "only" were meant to run. */
    mode: 'run' | 'only' | 'skip' | 'todo';
  }[];
}

export interface ResultCount {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Counts tests for the closing line. A file that cannot start must never look skipped:
 * its tests that were meant to run count as failed, and a failed file with no failed
 * test (no tests at all, or an `afterAll` that throws) counts as one failure itself.
 */
export function countResults(files: readonly FileOutcome[]): ResultCount {
  const count: ResultCount = { passed: 0, failed: 0, skipped: 0 };
  for (const file of files) {
    let failedInFile = 0;
    for (const test of file.tests) {
      const meantToRun = test.mode === 'run' || test.mode === 'only';
      if (test.state === 'passed') count.passed++;
      else if (test.state === 'failed' || (file.failed && meantToRun)) failedInFile++;
      else count.skipped++;
    }
    count.failed += file.failed ? Math.max(failedInFile, 1) : failedInFile;
  }
  return count;
}

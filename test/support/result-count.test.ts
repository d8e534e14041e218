import { describe, expect, it } from 'vitest';
import { countResults } from './result-count.ts';

describe('countResults', () => {
  it('counts a file that passed as its tests, keeping deliberate skips skipped', () => {
    const count = countResults([
      {
        failed: false,
        tests: [
          { state: 'passed', mode: 'run' },
          { state: 'skipped', mode: 'skip' },
          { state: 'skipped', mode: 'todo' },
        ],
      },
    ]);
    expect(count).toEqual({ passed: 1, failed: 0, skipped: 2 });
  });

  it('counts a file that cannot be imported as one failure', () => {
    expect(countResults([{ failed: true, tests: [] }])).toEqual({
      passed: 0,
      failed: 1,
      skipped: 0,
    });
  });

  it('counts the tests of a file whose beforeAll threw as failed, not skipped', () => {
    const count = countResults([
      {
        failed: true,
        tests: [
          { state: 'skipped', mode: 'run' },
          { state: 'skipped', mode: 'only' },
          { state: 'skipped', mode: 'skip' },
        ],
      },
    ]);
    expect(count).toEqual({ passed: 0, failed: 2, skipped: 1 });
  });

  it('counts a file whose tests passed but whose afterAll threw as one failure', () => {
    const count = countResults([{ failed: true, tests: [{ state: 'passed', mode: 'run' }] }]);
    expect(count).toEqual({ passed: 1, failed: 1, skipped: 0 });
  });

  it('does not count a failed file twice when its own tests failed', () => {
    const count = countResults([
      {
        failed: true,
        tests: [
          { state: 'failed', mode: 'run' },
          { state: 'passed', mode: 'run' },
        ],
      },
      { failed: false, tests: [{ state: 'passed', mode: 'run' }] },
    ]);
    expect(count).toEqual({ passed: 2, failed: 1, skipped: 0 });
  });
});

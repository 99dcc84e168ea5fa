import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain `N passed, N failed` line after a run, the line CI reads.
 * Skipped and todo tests count as failures: a skipped test is a defect here.
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    for (const mod of testModules) {
      let seen = 0;
      for (const test of mod.children.allTests()) {
        seen++;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else failed++;
      }
      // A file that fails to load has no tests but must still fail the run.
      if (seen === 0 || mod.state() === 'failed' && seen === 0) failed++;
    }
    failed += unhandledErrors.length;
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }
}

// Prints one plain closing line after vitest's own summary — `tests: 493 passed, 0 failed`
// (with `, N skipped` when any were) — the form CI reads to know how many tests ran.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const count = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of testModules) {
      const before = count.failed;
      for (const test of module.children.allTests()) count[test.result().state]++;
      // A file that failed to load, or whose beforeAll failed (its tests then show as
      // skipped), is a failure all the same.
      if (module.state() === 'failed' && count.failed === before) count.failed++;
    }
    const skipped = count.skipped + count.pending;
    process.stdout.write(
      `\ntests: ${count.passed} passed, ${count.failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`,
    );
  }
}

// Usage: summary.mjs <steps passed> <steps failed> <report.json>...
// Prints one line "N passed, N failed" from the vitest and Playwright JSON reports.
// A missing report counts as a failure: a runner that never ran must not look green.
import { existsSync, readFileSync } from 'node:fs';

const [stepsPassed, stepsFailed, ...reports] = process.argv.slice(2);
let passed = Number(stepsPassed);
let failed = Number(stepsFailed);
for (const file of reports) {
  if (!existsSync(file)) {
    console.error(`missing report: ${file}`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } else {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

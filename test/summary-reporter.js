// Prints the run's closing line in the plain form CI reads: "jest: N passed, N failed, N skipped",
// and, at the very end where nobody misses it, that the browser tests were skipped.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const browserSkipped = results.testResults.some(
      (r) => /[\\/]test[\\/]browser[\\/]/.test(r.testFilePath) && r.numPendingTests > 0,
    );
    if (browserSkipped)
      process.stderr.write(
        "\n*** BROWSER TESTS SKIPPED: no Chromium found. Install Debian's chromium (or set CHROMIUM_PATH) to run them; CI sets REQUIRE_BROWSER=1. ***\n\n",
      );
    process.stderr.write(
      `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
    );
  }
}
module.exports = SummaryReporter;

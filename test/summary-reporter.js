// Prints the run's closing line in the plain form CI reads: "jest: N passed, N failed, N skipped".
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    console.log(
      `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`,
    );
  }
}
module.exports = SummaryReporter;

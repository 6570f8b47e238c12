/** Jest: TypeScript through @swc/jest (types are checked by `npm run typecheck`, so tests only need a fast transpile). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  // A hung test is still caught; a slow or busy machine never fails one (a test's bound is its work).
  testTimeout: 600000,
  // Each suite in a worker process, and a worker that has grown past 1 GB replaced: the bundle
  // suites make thousands of emulated workspaces, and in one process (jest's choice on 2 cores)
  // the heap approached Node's limit and the run slowed to a crawl in garbage collection (at 1.5 GB a
  // worker still crawled now and then: a 10-second suite once took 170).
  maxWorkers: 2,
  workerIdleMemoryLimit: "1GB",
  reporters: ["default", "<rootDir>/test/summary-reporter.js"],
};

/** Jest: TypeScript through @swc/jest (types are checked by `npm run typecheck`, so tests only need a fast transpile). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  testTimeout: 120000,
  reporters: ["default", "<rootDir>/test/summary-reporter.js"],
};

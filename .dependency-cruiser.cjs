/**
 * The house rules for imports (README, "For developers"), checked by `npm run lint:deps` in CI:
 * no import circle anywhere; main -> gas -> core, never back; core imports nothing outside core;
 * and between the rooms of core, each imports only the rooms below it.
 */

/** Each room of src/core, with the rooms it may import (besides itself). */
const CORE_ROOMS = {
  text: [],
  qr: [],
  platform: ["text"],
  campaign: ["text", "platform"],
  counting: ["text", "platform", "campaign"],
  letters: ["text", "platform", "campaign", "counting"],
  results: ["text", "platform", "campaign", "counting", "qr"],
};

const roomRules = (base, rooms) =>
  Object.entries(rooms).map(([room, below]) => ({
    name: `${base.replaceAll("/", "-")}-${room}-imports-only-below`,
    severity: "error",
    comment: `${base}/${room} may import ${below.length ? below.join(", ") : "nothing else"} (and itself).`,
    from: { path: `^${base}/${room}/` },
    to: { path: `^${base}/`, pathNot: `^${base}/(${[room, ...below].join("|")})/` },
  }));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No import circle anywhere.",
      from: {},
      to: { circular: true },
    },
    {
      name: "core-is-pure",
      severity: "error",
      comment: "src/core imports nothing outside src/core (no Apps Script, no shell).",
      from: { path: "^src/core/" },
      to: { pathNot: "^src/core/" },
    },
    {
      name: "gas-never-imports-main",
      severity: "error",
      comment: "main -> gas -> core: the shell never imports the entry file.",
      from: { path: "^src/gas/" },
      to: { path: "^src/main\\.ts$" },
    },
    {
      name: "product-never-imports-tools",
      severity: "error",
      comment: "What clasp pushes never depends on the emulation, the tests or the bench.",
      from: { path: "^src/" },
      to: { path: "^(local|test|bench)/" },
    },
    ...roomRules("src/core", CORE_ROOMS),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^test/fixtures/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
  },
};

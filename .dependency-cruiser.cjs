/**
 * The house rules for imports (README, "For developers"), checked by `npm run lint:deps` in CI:
 * no import circle anywhere; main -> gas -> core, never back; core imports nothing outside core;
 * between the rooms of core, and of gas, each imports only the rooms below it; intake and results
 * reach each other only through the other's api.ts; no room imports the files at gas/'s top
 * (hourly, health, setup: they put the rooms together).
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

/** Each room of src/gas, with the rooms it may import (besides itself and core). */
const GAS_ROOMS = {
  sheet: [],
  platform: ["sheet"],
  intake: ["sheet", "platform"],
  letters: ["sheet", "platform"],
  results: ["sheet", "platform"],
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
    ...roomRules("src/gas", GAS_ROOMS).map((r) =>
      // intake and results may use each other's one named interface.
      r.from.path === "^src/gas/intake/"
        ? { ...r, to: { ...r.to, pathNot: [r.to.pathNot, "^src/gas/results/api\\.ts$"] } }
        : r.from.path === "^src/gas/results/"
          ? { ...r, to: { ...r.to, pathNot: [r.to.pathNot, "^src/gas/intake/api\\.ts$"] } }
          : r,
    ),
    {
      name: "rooms-never-import-the-top-of-gas",
      severity: "error",
      comment: "hourly, health and setup put the rooms together; no room imports them.",
      from: { path: "^src/gas/[^/]+/" },
      to: { path: "^src/gas/[^/]+\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^test/fixtures/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
  },
};

import { Workspace, type WorkspaceOptions } from "../local";
import { SCOPES } from "../src/core/platform/upgrade";

/** Every scope the product's manifest asks for (defined once, in the product). */
export const ALL_SCOPES: string[] = [...SCOPES];

/** A workspace running a small script of the test's own (for the emulation's fidelity tests). */
export function scriptWorkspace(code = "", opts: WorkspaceOptions = {}): Workspace {
  return new Workspace({ code, manifest: { timeZone: "Asia/Jakarta", oauthScopes: ALL_SCOPES }, ...opts });
}

/** Runs a snippet as one execution; returns its value, or throws with the execution's error. */
export function evaluate(
  ws: Workspace,
  body: string,
  kind: "menu" | "trigger" | "direct" | "simple" = "direct",
): any {
  const { record, value } = ws.runCode(body, { kind });
  if (record.error !== undefined) throw new Error(record.error);
  return value;
}

/** The error message a snippet ends with (fails the test if it succeeds). */
export function errorOf(
  ws: Workspace,
  body: string,
  kind: "menu" | "trigger" | "direct" | "simple" = "direct",
): string {
  const { record } = ws.runCode(body, { kind });
  if (record.error === undefined) throw new Error(`expected an error from: ${body}`);
  return record.error;
}

/**
 * `npm run test:quick` (the edit-test loop) sets TEST_QUICK=1: the slowest sweeps and scale runs
 * are then skipped here and run only in `npm test`. Nothing else differs.
 */
export const QUICK = process.env.TEST_QUICK === "1";

/** A test too slow for the edit-test loop: run by `npm test`, skipped by `npm run test:quick`. */
export const heavy: jest.It = QUICK ? it.skip : it;

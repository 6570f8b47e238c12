/**
 * One replay of the synthetic sample for every suite that needs it (the sample's checks, the
 * browser's pages): the first suite to ask plays it and writes its pages and its tabs' values into
 * a folder keyed by the bundle and the local code; a suite in another worker that asks meanwhile
 * waits for that one rather than playing it again. A replay whose player died (its process is
 * gone) is taken over. Nothing here depends on how long the replay takes.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellValue } from "../local";
import { runSampleCampaign } from "../local/campaign";
import { writeOut } from "../local/render";

const ROOT = join(__dirname, "..");

export interface SampleTab {
  readonly values: CellValue[][];
  readonly display: string[][];
}

export interface SampleRun {
  /** The rendered pages (index.html, tab-*.html, email/NNNN.html …). */
  readonly dir: string;
  /** Executions that failed, by function and message. */
  readonly failures: readonly { fn: string; error: string }[];
  readonly tabs: Readonly<Record<string, SampleTab>>;
  readonly outbox: readonly { id: number; subject: string; html: boolean }[];
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** What the replay's output depends on: the bundle and every file of local/. */
function key(): string {
  const h = createHash("sha256");
  for (const f of [join(ROOT, "dist", "Code.js"), ...files(join(ROOT, "local")).sort()])
    if (statSync(f).isFile()) h.update(f).update(readFileSync(f));
  return h.digest("hex").slice(0, 16);
}

function play(dir: string): void {
  const { ws, failures } = runSampleCampaign();
  const staging = `${dir}.staging-${process.pid}`;
  writeOut(ws, staging, "SYNTHETIC SAMPLE (tests)", ["test"]);
  const tabs: Record<string, SampleTab> = {};
  for (const name of ws.tabNames()) tabs[name] = { values: ws.values(name), display: ws.displayValues(name) };
  const run: Omit<SampleRun, "dir"> = {
    failures: failures.map((e) => ({ fn: e.fn, error: e.error ?? "" })),
    tabs,
    outbox: ws.outbox.map((m) => ({ id: m.id, subject: m.subject, html: m.htmlBody !== undefined })),
  };
  writeFileSync(join(staging, "sample.json"), JSON.stringify(run));
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The sample's replay, played once for all suites (see the file's comment). */
export async function sharedSample(): Promise<SampleRun> {
  const dir = join(tmpdir(), `berakhlak-sample-${key()}`);
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(join(dir, "sample.json"))) {
      const run = JSON.parse(readFileSync(join(dir, "sample.json"), "utf8")) as Omit<SampleRun, "dir">;
      return { dir, ...run };
    }
    try {
      // Created with this process's id in one step: a lock is never without its owner.
      writeFileSync(lock, String(process.pid), { flag: "wx" });
    } catch {
      // Another worker plays it: wait for it, unless its process is gone.
      const pid = Number(readFileSync(lock, { encoding: "utf8", flag: "r" }) || "0");
      if (pid > 0 && !alive(pid)) rmSync(lock, { force: true });
      await pause(250);
      continue;
    }
    try {
      play(dir);
    } finally {
      rmSync(lock, { force: true });
    }
  }
}

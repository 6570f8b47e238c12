/** A1 notation. */
import { GasError } from "../runtime";

export function colLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface Box {
  r: number;
  c: number;
  nr: number;
  nc: number;
}

/** Parses "B2", "A1:C3", "A:A", "2:2", "A2:C" against a sheet of maxRows x maxCols. */
export function parseA1(a1: string, maxRows: number, maxCols: number): Box {
  const m = /^\$?([A-Za-z]*)\$?(\d*)(?::\$?([A-Za-z]*)\$?(\d*))?$/.exec(a1.trim());
  if (!m || (m[1] === "" && m[2] === "")) throw new GasError(`Range not found`);
  const [, c1, r1, c2, r2] = m;
  const single = m[3] === undefined && m[4] === undefined;
  const startCol = c1 ? colNumber(c1) : 1;
  const startRow = r1 ? Number(r1) : 1;
  if (single) {
    if (!c1 || !r1) throw new GasError(`Range not found`);
    return { r: startRow, c: startCol, nr: 1, nc: 1 };
  }
  const endCol = c2 ? colNumber(c2) : c1 ? (r2 && !c2 ? startCol : maxCols) : maxCols;
  const endRow = r2 ? Number(r2) : maxRows;
  const r = Math.min(startRow, endRow);
  const c = Math.min(startCol, endCol);
  return { r, c, nr: Math.abs(endRow - startRow) + 1, nc: Math.abs(endCol - startCol) + 1 };
}

export function a1Of(b: Box): string {
  const tl = `${colLetters(b.c)}${b.r}`;
  if (b.nr === 1 && b.nc === 1) return tl;
  return `${tl}:${colLetters(b.c + b.nc - 1)}${b.r + b.nr - 1}`;
}

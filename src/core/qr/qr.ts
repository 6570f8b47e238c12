/**
 * QR codes made inside the bundle (no outside service), drawn as SVG for pages and posters: our own
 * encoder of ISO/IEC 18004 in byte mode (UTF-8), error correction level M (15 % of the code may be
 * damaged or covered: a printed poster gets folded and taped), the smallest version that holds the
 * text, the mask with the lowest penalty. It follows the well-known reference construction
 * (Project Nayuki's), in a few kilobytes rather than a library's sixty. Every code the product
 * makes is decoded by an independent decoder (jsQR) in the tests, over many texts and lengths.
 */

/** The dark modules, row by row. */
export type QrMatrix = readonly (readonly boolean[])[];

/** Error-correction codewords per block and the number of blocks, level M, versions 1..40. */
const ECC_PER_BLOCK = [
  -1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28,
  28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];
const BLOCKS = [
  -1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28,
  29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];
/** Level M in the format bits. */
const ECC_M_BITS = 0;

/** Modules that carry data in a version (all but the function patterns). */
function rawDataModules(ver: number): number {
  let n = (16 * ver + 128) * ver + 64;
  if (ver >= 2) {
    const align = Math.floor(ver / 7) + 2;
    n -= (25 * align - 10) * align - 55;
    if (ver >= 7) n -= 36;
  }
  return n;
}

function dataCodewords(ver: number): number {
  return Math.floor(rawDataModules(ver) / 8) - ECC_PER_BLOCK[ver] * BLOCKS[ver];
}

/** UTF-8 bytes of a text (the bundle has no TextEncoder on Apps Script). */
function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

// GF(256) with the primitive polynomial x^8 + x^4 + x^3 + x^2 + 1.
function gfMul(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z;
}

function rsDivisor(degree: number): number[] {
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      result[j] = gfMul(result[j], root);
      if (j + 1 < degree) result[j] ^= result[j + 1];
    }
    root = gfMul(root, 0x02);
  }
  return result;
}

function rsRemainder(data: readonly number[], divisor: readonly number[]): number[] {
  const result = divisor.map(() => 0);
  for (const b of data) {
    const factor = b ^ (result.shift() as number);
    result.push(0);
    divisor.forEach((coef, i) => {
      result[i] ^= gfMul(coef, factor);
    });
  }
  return result;
}

/** The codewords with their error correction, interleaved as the symbol holds them. */
function withEcc(data: readonly number[], ver: number): number[] {
  const blocks = BLOCKS[ver];
  const eccLen = ECC_PER_BLOCK[ver];
  const raw = Math.floor(rawDataModules(ver) / 8);
  const shortBlocks = blocks - (raw % blocks);
  const shortLen = Math.floor(raw / blocks);
  const divisor = rsDivisor(eccLen);
  const all: number[][] = [];
  for (let i = 0, k = 0; i < blocks; i++) {
    const len = shortLen - eccLen + (i < shortBlocks ? 0 : 1);
    const dat = data.slice(k, k + len);
    k += len;
    const block = [...dat, ...rsRemainder(dat, divisor)];
    if (i < shortBlocks) block.splice(len, 0, -1); // a placeholder keeps the short blocks aligned
    all.push(block);
  }
  const out: number[] = [];
  for (let i = 0; i < all[0].length; i++)
    for (const block of all) if (block[i] !== -1 && block[i] !== undefined) out.push(block[i]);
  return out;
}

function alignmentPositions(ver: number): number[] {
  if (ver === 1) return [];
  const count = Math.floor(ver / 7) + 2;
  const step = ver === 32 ? 26 : Math.ceil((ver * 4 + 4) / (count * 2 - 2)) * 2;
  const out = [6];
  for (let pos = ver * 4 + 10; out.length < count; pos -= step) out.splice(1, 0, pos);
  return out;
}

class QrSymbol {
  readonly size: number;
  readonly dark: boolean[][];
  readonly fixed: boolean[][];

  constructor(readonly ver: number) {
    this.size = ver * 4 + 17;
    this.dark = Array.from({ length: this.size }, () => new Array<boolean>(this.size).fill(false));
    this.fixed = Array.from({ length: this.size }, () => new Array<boolean>(this.size).fill(false));
    this.functionPatterns();
  }

  private set(x: number, y: number, dark: boolean): void {
    this.dark[y][x] = dark;
    this.fixed[y][x] = true;
  }

  private functionPatterns(): void {
    const n = this.size;
    for (let i = 0; i < n; i++) {
      this.set(6, i, i % 2 === 0);
      this.set(i, 6, i % 2 === 0);
    }
    for (const [cx, cy] of [
      [3, 3],
      [n - 4, 3],
      [3, n - 4],
    ])
      for (let dy = -4; dy <= 4; dy++)
        for (let dx = -4; dx <= 4; dx++) {
          const x = cx + dx;
          const y = cy + dy;
          const d = Math.max(Math.abs(dx), Math.abs(dy));
          if (x >= 0 && x < n && y >= 0 && y < n) this.set(x, y, d !== 2 && d !== 4);
        }
    const pos = alignmentPositions(this.ver);
    const last = pos.length - 1;
    for (const [i, cx] of pos.entries())
      for (const [j, cy] of pos.entries()) {
        if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) continue;
        for (let dy = -2; dy <= 2; dy++)
          for (let dx = -2; dx <= 2; dx++)
            this.set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
      }
    this.formatBits(0); // reserves the areas; the real bits are drawn with the mask
    if (this.ver >= 7) {
      let rem = this.ver;
      for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
      const bits = (this.ver << 12) | rem;
      for (let i = 0; i < 18; i++) {
        const dark = ((bits >>> i) & 1) === 1;
        const a = n - 11 + (i % 3);
        const b = Math.floor(i / 3);
        this.set(a, b, dark);
        this.set(b, a, dark);
      }
    }
  }

  formatBits(mask: number): void {
    const n = this.size;
    const data = (ECC_M_BITS << 3) | mask;
    let rem = data;
    for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
    const bits = ((data << 10) | rem) ^ 0x5412;
    const bit = (i: number) => ((bits >>> i) & 1) === 1;
    for (let i = 0; i <= 5; i++) this.set(8, i, bit(i));
    this.set(8, 7, bit(6));
    this.set(8, 8, bit(7));
    this.set(7, 8, bit(8));
    for (let i = 9; i < 15; i++) this.set(14 - i, 8, bit(i));
    for (let i = 0; i < 8; i++) this.set(n - 1 - i, 8, bit(i));
    for (let i = 8; i < 15; i++) this.set(8, n - 15 + i, bit(i));
    this.set(8, n - 8, true);
  }

  drawCodewords(codewords: readonly number[]): void {
    const n = this.size;
    let i = 0;
    for (let right = n - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      for (let vert = 0; vert < n; vert++)
        for (let j = 0; j < 2; j++) {
          const x = right - j;
          const upward = ((right + 1) & 2) === 0;
          const y = upward ? n - 1 - vert : vert;
          if (!this.fixed[y][x] && i < codewords.length * 8) {
            this.dark[y][x] = ((codewords[i >>> 3] >>> (7 - (i & 7))) & 1) === 1;
            i++;
          }
        }
    }
  }

  applyMask(mask: number): void {
    for (let y = 0; y < this.size; y++)
      for (let x = 0; x < this.size; x++) {
        if (this.fixed[y][x]) continue;
        const flip = [
          (x + y) % 2 === 0,
          y % 2 === 0,
          x % 3 === 0,
          (x + y) % 3 === 0,
          (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
          ((x * y) % 2) + ((x * y) % 3) === 0,
          (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
          (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
        ][mask];
        if (flip) this.dark[y][x] = !this.dark[y][x];
      }
  }

  /** The standard's penalty: runs, 2×2 blocks, finder-like patterns, imbalance of dark and light. */
  penalty(): number {
    const n = this.size;
    let result = 0;
    const lines = (get: (a: number, b: number) => boolean) => {
      for (let a = 0; a < n; a++) {
        let run = 0;
        let prev = false;
        const seq: boolean[] = [];
        for (let b = 0; b < n; b++) {
          const v = get(a, b);
          seq.push(v);
          if (b > 0 && v === prev) {
            run++;
            if (run === 5) result += 3;
            else if (run > 5) result++;
          } else run = 1;
          prev = v;
        }
        // 1:1:3:1:1 with four light modules on either side (the light margin counts as light).
        const at = (k: number) => (k < 0 || k >= n ? false : seq[k]);
        for (let k = -4; k < n; k++) {
          const core = at(k) && !at(k + 1) && at(k + 2) && at(k + 3) && at(k + 4) && !at(k + 5) && at(k + 6);
          if (!core) continue;
          const before = [1, 2, 3, 4].every((d) => !at(k - d));
          const after = [7, 8, 9, 10].every((d) => !at(k + d));
          if (before) result += 40;
          if (after) result += 40;
        }
      }
    };
    lines((y, x) => this.dark[y][x]);
    lines((x, y) => this.dark[y][x]);
    let darkCount = 0;
    for (let y = 0; y < n; y++)
      for (let x = 0; x < n; x++) {
        if (this.dark[y][x]) darkCount++;
        if (y < n - 1 && x < n - 1) {
          const c = this.dark[y][x];
          if (c === this.dark[y][x + 1] && c === this.dark[y + 1][x] && c === this.dark[y + 1][x + 1])
            result += 3;
        }
      }
    const total = n * n;
    const k = Math.ceil(Math.abs(darkCount * 20 - total * 10) / total) - 1;
    return result + k * 10;
  }
}

/** The smallest version (level M, byte mode) that holds `len` bytes; 0 when none does. */
function versionFor(len: number): number {
  for (let ver = 1; ver <= 40; ver++) {
    const bits = 4 + (ver < 10 ? 8 : 16) + len * 8;
    if (bits <= dataCodewords(ver) * 8) return ver;
  }
  return 0;
}

/** Whether a text fits a QR code at all (40 versions at level M). */
export function fitsQr(text: string): boolean {
  return versionFor(utf8(text).length) !== 0;
}

export function qrMatrix(text: string): QrMatrix {
  const bytes = utf8(text);
  const ver = versionFor(bytes.length);
  if (ver === 0) throw new Error(`QR: ${bytes.length} bytes do not fit a code`);
  const capacity = dataCodewords(ver) * 8;
  const bits: number[] = [];
  const put = (value: number, len: number) => {
    for (let i = len - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(0b0100, 4);
  put(bytes.length, ver < 10 ? 8 : 16);
  for (const b of bytes) put(b, 8);
  put(0, Math.min(4, capacity - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) put(pad, 8);
  const data: number[] = [];
  for (let i = 0; i < bits.length; i += 8) data.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  const codewords = withEcc(data, ver);
  let best: QrSymbol | undefined;
  let bestPenalty = Number.POSITIVE_INFINITY;
  for (let mask = 0; mask < 8; mask++) {
    const s = new QrSymbol(ver);
    s.drawCodewords(codewords);
    s.applyMask(mask);
    s.formatBits(mask);
    const p = s.penalty();
    if (p < bestPenalty) {
      best = s;
      bestPenalty = p;
    }
  }
  return (best as QrSymbol).dark;
}

/**
 * The code as one SVG path (a run of dark modules in a row is one rectangle), with the quiet zone
 * of four modules the standard asks for. It scales to its box; `label` is its accessible name.
 */
export function qrSvg(text: string, label: string): string {
  const m = qrMatrix(text);
  const n = m.length;
  const quiet = 4;
  const size = n + 2 * quiet;
  let d = "";
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!m[r][c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && m[r][c]) c++;
      d += `M${start + quiet} ${r + quiet}h${c - start}v1h${start - c}z`;
    }
  }
  const esc = label.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" role="img" aria-label="${esc}">` +
    `<rect width="${size}" height="${size}" fill="#ffffff"/><path fill="#000000" d="${d}"/></svg>`
  );
}

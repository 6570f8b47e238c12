/**
 * Reads a QR code the product drew as SVG with an independent decoder (jsQR): the path's module
 * rectangles are painted into a bitmap, four pixels a module, and decoded.
 */
import jsQR from "jsqr";

/** Every QR code's text in a page, in order; throws when one does not decode. */
export function decodeQrSvgs(html: string): string[] {
  const svgs = html.match(/<svg[^>]*viewBox="0 0 (\d+) (\d+)"[^>]*>.*?<\/svg>/g) ?? [];
  return svgs
    .filter((svg) => /shape-rendering="crispEdges"/.test(svg))
    .map((svg) => {
      const size = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
      const d = /<path[^>]* d="([^"]*)"/.exec(svg)?.[1] ?? "";
      const scale = 4;
      const px = size * scale;
      const rgba = new Uint8ClampedArray(px * px * 4).fill(255);
      for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-?\d+z/g)) {
        const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
        for (let yy = y * scale; yy < (y + 1) * scale; yy++)
          for (let xx = x * scale; xx < (x + w) * scale; xx++) {
            const i = (yy * px + xx) * 4;
            rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
          }
      }
      const code = jsQR(rgba, px, px);
      if (!code) throw new Error(`a QR code did not decode: ${svg.slice(0, 120)}…`);
      return code.data;
    });
}

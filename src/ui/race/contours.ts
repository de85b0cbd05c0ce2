// Contour lines by marching squares: for each square of four neighbouring samples, the
// line f = level crosses the edges whose ends lie on opposite sides, at the linearly
// interpolated point. The output is loose segments, enough to stroke; nothing is joined.

/**
 * Appends the segments of f = `level` to `out` as x0, y0, x1, y1 in sample coordinates
 * (column, row of the samples, so a caller maps them onto its own axes). Squares with a
 * non-finite corner are skipped: the line stops at a blow-up rather than crossing it.
 */
export function contourSegments(
  values: Float32Array,
  resolution: number,
  level: number,
  out: number[],
): void {
  const n = resolution;
  for (let row = 0; row + 1 < n; row++) {
    for (let col = 0; col + 1 < n; col++) {
      const a = values[row * n + col]; // top left
      const b = values[row * n + col + 1]; // top right
      const c = values[(row + 1) * n + col + 1]; // bottom right
      const d = values[(row + 1) * n + col]; // bottom left
      if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c) && Number.isFinite(d)))
        continue;
      const code =
        (a > level ? 8 : 0) | (b > level ? 4 : 0) | (c > level ? 2 : 0) | (d > level ? 1 : 0);
      if (code === 0 || code === 15) continue;
      // Where the level would cross each edge (only the crossed edges' are used); plain
      // numbers, no closures: this runs for every square of every level.
      const t = (level - a) / (b - a),
        r = (level - b) / (c - b),
        u = (level - d) / (c - d),
        l = (level - a) / (d - a);
      switch (code) {
        case 1:
        case 14:
          out.push(col, row + l, col + u, row + 1);
          break;
        case 2:
        case 13:
          out.push(col + u, row + 1, col + 1, row + r);
          break;
        case 3:
        case 12:
          out.push(col, row + l, col + 1, row + r);
          break;
        case 4:
        case 11:
          out.push(col + t, row, col + 1, row + r);
          break;
        case 6:
        case 9:
          out.push(col + t, row, col + u, row + 1);
          break;
        case 7:
        case 8:
          out.push(col, row + l, col + t, row);
          break;
        case 5:
        case 10: {
          // A saddle square: the centre's side decides which corners the lines cut off.
          const centreHigh = (a + b + c + d) / 4 > level;
          if ((code === 5) === centreHigh) {
            out.push(col, row + l, col + t, row); // around the top left
            out.push(col + u, row + 1, col + 1, row + r); // around the bottom right
          } else {
            out.push(col + t, row, col + 1, row + r); // around the top right
            out.push(col, row + l, col + u, row + 1); // around the bottom left
          }
          break;
        }
      }
    }
  }
}

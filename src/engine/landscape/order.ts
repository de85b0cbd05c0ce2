// The order a resolution×resolution grid is filled in, coarse to fine, so a picture of the
// whole window appears after a small fraction of the work and then sharpens. Pass 1 takes
// every S-th row and column (S a power of two); each later pass halves the stride and takes
// only the cells the earlier passes skipped, so every cell is computed exactly once.

export interface ProgressiveOrder {
  /** Cell indices (row·resolution + col) in the order to compute them. */
  order: Int32Array;
  /** The stride of each pass: S, S/2, …, 1. */
  strides: number[];
  /** passEnds[p]: cells in passes 0..p together (an index into `order`). */
  passEnds: number[];
}

/** The largest power of two that leaves at least five points per side in the first pass. */
export function coarsestStride(resolution: number): number {
  let stride = 1;
  while ((resolution - 1) / (2 * stride) >= 4) stride *= 2;
  return stride;
}

export function progressiveOrder(
  resolution: number,
  coarsest: number = coarsestStride(resolution),
): ProgressiveOrder {
  if (!Number.isInteger(coarsest) || coarsest < 1 || (coarsest & (coarsest - 1)) !== 0)
    throw new Error(`the coarsest stride must be a power of two, got ${coarsest}`);
  const order = new Int32Array(resolution * resolution);
  const strides: number[] = [],
    passEnds: number[] = [];
  let next = 0;
  for (let s = coarsest; s >= 1; s /= 2) {
    const first = s === coarsest;
    for (let row = 0; row < resolution; row += s) {
      for (let col = 0; col < resolution; col += s) {
        // A cell on the doubled stride's lattice belongs to an earlier pass.
        if (!first && row % (2 * s) === 0 && col % (2 * s) === 0) continue;
        order[next++] = row * resolution + col;
      }
    }
    strides.push(s);
    passEnds.push(next);
  }
  return { order, strides, passEnds };
}

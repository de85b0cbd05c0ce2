// The SVM's margin lines land where its decision value says, in the data's units: on a grid
// of f = y (row 0 the largest y) the line f = 0.5 is the horizontal y = 0.5, and on f = x
// the vertical x = 0.5; a flipped row or column order would put them at −0.5.
import { describe, expect, it } from 'vitest';
import { marginSegments } from '../../../src/ui/classic/margins';

const RES = 9;
const VIEW: [number, number] = [-2, 2];
/** f at each cell centre of the boundary's grid, as the worker lays it out. */
function grid(f: (x: number, y: number) => number): Float32Array {
  const out = new Float32Array(RES * RES);
  const step = (VIEW[1] - VIEW[0]) / (RES - 1);
  for (let row = 0; row < RES; row++)
    for (let col = 0; col < RES; col++)
      out[row * RES + col] = f(VIEW[0] + col * step, VIEW[1] - row * step);
  return out;
}

describe('the SVM’s margin lines', () => {
  it('put f = level where f is level: y = 0.5 on f = y, x = 0.5 on f = x', () => {
    const horizontal = marginSegments(
      grid((_x, y) => y),
      VIEW,
      0.5,
    );
    expect(horizontal.length).toBeGreaterThan(0);
    for (let i = 0; i < horizontal.length; i += 2) expect(horizontal[i + 1]).toBeCloseTo(0.5, 6);
    const vertical = marginSegments(
      grid((x) => x),
      VIEW,
      0.5,
    );
    for (let i = 0; i < vertical.length; i += 2) expect(vertical[i]).toBeCloseTo(0.5, 6);
    // Together they span the view.
    const xs = horizontal.filter((_, i) => i % 2 === 0);
    expect(Math.min(...xs)).toBeCloseTo(-2, 6);
    expect(Math.max(...xs)).toBeCloseTo(2, 6);
  });
});

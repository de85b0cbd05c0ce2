// Units with a twin: the same incoming weights and bias as another unit of their layer. Units
// that start equal get equal gradients and stay equal (bit for bit in float32), while two
// units drawn at random never come within a millionth of the layer's largest weight.
import type { Param } from '../layers/layer';
import { cos } from '../math';
import { pulse } from '../pulse';

/**
 * How many of W's units (a dense layer's columns, a convolution's filters) have a twin.
 * Units are sorted by a fixed projection of their weights, where twins project within the
 * tolerance of each other; each unit is then compared with the first unit of its run of
 * near projections and with the one before it: at most two comparisons a unit, so a layer of
 * 4096 identical units costs a few of its own passes, not 4096² of them.
 */
export function twinUnits(W: Param, b: Param | undefined): number {
  const f = W.filters;
  if (f === undefined || f.count < 2) return 0;
  let scale = 0;
  for (let i = 0; i < W.value.length; i++) scale = Math.max(scale, Math.abs(W.value[i]));
  if (b !== undefined) {
    for (let j = 0; j < b.value.length; j++) scale = Math.max(scale, Math.abs(b.value[j]));
  }
  const tolerance = 1e-6 * scale + 1e-12;
  const weight = (unit: number, i: number) => W.value[unit * f.filterStride + i * f.elementStride];
  // Fixed, uneven coefficients: twins project within tolerance · (terms summed) of each other.
  const key = Float64Array.from({ length: f.count }, (_, unit) => {
    let sum = b?.value[unit] ?? 0;
    for (let i = 0; i < f.size; i++) sum += weight(unit, i) * cos(1 + 0.7 * i);
    return sum;
  });
  const near = tolerance * (f.size + 1);
  const same = (p: number, q: number) => {
    if (b !== undefined && Math.abs(b.value[p] - b.value[q]) > tolerance) return false;
    for (let i = 0; i < f.size; i++) {
      if (Math.abs(weight(p, i) - weight(q, i)) > tolerance) return false;
    }
    return true;
  };
  const order = Array.from({ length: f.count }, (_, unit) => unit).sort((p, q) => key[p] - key[q]);
  const twin = new Uint8Array(f.count);
  let first = order[0];
  for (let k = 1; k < order.length; k++) {
    const unit = order[k],
      before = order[k - 1];
    if (key[unit] - key[first] > near)
      first = unit; // a new run of near projections
    else if (same(unit, first)) twin[unit] = twin[first] = 1;
    const close = key[unit] - key[before] <= near;
    if (twin[unit] === 0 && close && same(unit, before)) twin[unit] = twin[before] = 1;
  }
  pulse(); // a wide layer takes a while: the worker says it is alive
  return twin.reduce((sum, t) => sum + t, 0);
}

// Batch norm's gradient into the layer below, one value's three terms with their numbers:
// ∂L/∂x = (γ/σ)·(∂L/∂y − mean(∂L/∂y) − x̂·mean(∂L/∂y·x̂)), the means over the m values of its
// channel in the minibatch. Both means come from the trace: they are ∂L/∂β/m and ∂L/∂γ/m
// (∂L/∂β = Σ∂L/∂y and ∂L/∂γ = Σ∂L/∂y·x̂), so nothing the engine did is done again here but
// the arithmetic the page writes out; the result is set beside the engine's own.
import type { GlassPrimitive } from '../../spec/protocol/glass';
import type { GlassState } from '../../store/glassState';
import { BATCHNORM_EPS } from '../formulas/layers';

export interface BatchNormTerms {
  /** The values per channel in the minibatch: rows × H × W (rows, for features). */
  m: number;
  gamma: number;
  sigma: number;
  dy: number;
  meanDy: number;
  xhat: number;
  meanDyXhat: number;
  /** The three terms' result, and the engine's ∂L/∂x for the same value (null: none). */
  dx: number;
  engine: number | null;
}

/** The terms for value `index` of the sample's row; null while the gradient is not there. */
export function batchNormTerms(
  p: GlassPrimitive,
  way: GlassState['way'],
  index: number,
  rows: number,
): BatchNormTerms | null {
  const dy = p.gradient[way].output;
  if (dy === null) return null;
  const channels = p.inside.mean.length;
  const spatial = p.output.length / channels;
  const c = Math.floor(index / spatial);
  const m = rows * spatial;
  const [gamma, dGamma, dBeta] = [
    p.params[0].value[c],
    p.params[0].gradient[way][c],
    p.params[1].gradient[way][c],
  ];
  const sigma = Math.sqrt(p.inside.variance[c] + BATCHNORM_EPS);
  const [meanDy, meanDyXhat, xhat] = [dBeta / m, dGamma / m, p.inside.xhat[index]];
  const dx = (gamma / sigma) * (dy[index] - meanDy - xhat * meanDyXhat);
  const engine = p.gradient[way].input?.[index] ?? null;
  return { m, gamma, sigma, dy: dy[index], meanDy, xhat, meanDyXhat, dx, engine };
}

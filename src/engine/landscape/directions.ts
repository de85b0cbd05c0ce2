// The two directions d₁, d₂ that span the plane θ* + a·d₁ + b·d₂ the landscape is drawn on.
import type { Model } from '../model';
import { Rng } from '../random';
import { ParamVector, type Segment } from './paramVector';

export interface Directions {
  /** Laid out like ParamVector (the order of model.params). */
  d1: Float32Array;
  d2: Float32Array;
  /** PCA only: the share of the trajectory's variance along d₁ and along d₂. */
  explained?: [number, number];
  /** PCA only: each snapshot's coordinates on the plane, (a, b) pairs in recording order;
   *  θ* itself is (0, 0). */
  path?: Float64Array;
}

/**
 * Two Gaussian directions, filter-normalised as Li et al. (2018) do: each filter of d (the
 * weights into one unit of a dense layer) is rescaled to the norm of the same filter of θ*.
 * A network with ReLUs computes the same function when a unit's incoming weights are scaled
 * up and its outgoing ones down, so raw distances in weight space mean little; measuring a
 * step relative to each filter's own size makes landscapes of different networks comparable.
 *
 * Biases and batch-norm parameters get direction 0 (Li et al.'s "ignore biasbn" setting):
 * the plane moves the weight matrices only.
 */
export function randomDirections(model: Model, seed: number): Directions {
  const view = new ParamVector(model);
  const theta = view.read();
  const rng = Rng.stream(seed, 'landscape');
  const d1 = filterNormalized(view.segments, theta, view.size, rng);
  const d2 = filterNormalized(view.segments, theta, view.size, rng);
  return { d1, d2 };
}

function filterNormalized(
  segments: readonly Segment[],
  theta: Float32Array,
  size: number,
  rng: Rng,
): Float32Array {
  const d = new Float32Array(size);
  for (const { param, offset } of segments) {
    const filters = param.filters;
    if (filters === undefined) continue; // a bias or batch-norm parameter: stays 0
    const length = param.value.length;
    const gauss = new Float64Array(length);
    for (let k = 0; k < length; k++) gauss[k] = rng.normal();
    // Element i of filter j is at k = j·filterStride + i·elementStride (the param's layout).
    const { count, size: inputs, filterStride, elementStride } = filters;
    for (let j = 0; j < count; j++) {
      let thetaSq = 0,
        dSq = 0;
      for (let i = 0; i < inputs; i++) {
        const k = j * filterStride + i * elementStride;
        thetaSq += theta[offset + k] * theta[offset + k];
        dSq += gauss[k] * gauss[k];
      }
      const scale = dSq > 0 ? Math.sqrt(thetaSq / dSq) : 0;
      for (let i = 0; i < inputs; i++) {
        const k = j * filterStride + i * elementStride;
        d[offset + k] = gauss[k] * scale;
      }
    }
  }
  return d;
}

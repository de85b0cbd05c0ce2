// Weight initializers. Glorot, He and LeCun are rows of one rule, variance scaling:
// draw with variance `scale / fan`, where fan is fan_in, fan_out or their mean.
// Biases always start at 0 (the contract), so only weight matrices come through here. The
// names, labels and options' defaults (with their reasons) are the catalog's.
import { INIT_CATALOG } from '../spec/catalog/initializers';
import type { InitName, InitSpec } from '../spec/types';
import type { Floats } from './matrix';
import type { Rng } from './random';

type FanMode = 'fan_in' | 'fan_out' | 'fan_avg';
type Distribution = 'uniform' | 'normal';

/** Fill `w` with variance scale/fan: uniform on ±√(3·scale/fan), or normal with std √(scale/fan). */
export function varianceScaling(
  w: Floats,
  fanIn: number,
  fanOut: number,
  rng: Rng,
  scale: number,
  mode: FanMode,
  distribution: Distribution,
): void {
  const fan = mode === 'fan_in' ? fanIn : mode === 'fan_out' ? fanOut : (fanIn + fanOut) / 2;
  if (distribution === 'uniform') fillUniform(w, Math.sqrt((3 * scale) / fan), rng);
  else fillNormal(w, Math.sqrt(scale / fan), rng);
}

function fillUniform(w: Floats, limit: number, rng: Rng): void {
  for (let i = 0; i < w.length; i++) w[i] = rng.uniform(-limit, limit);
}

function fillNormal(w: Floats, std: number, rng: Rng): void {
  // A plain normal, not truncated (the contract says so, as PyTorch's normal_ does).
  for (let i = 0; i < w.length; i++) w[i] = std * rng.normal();
}

/** Draws one weight tensor; the options' defaults are the catalog's (spec/catalog). */
export type InitializerFill = (
  w: Floats,
  fanIn: number,
  fanOut: number,
  spec: InitSpec,
  rng: Rng,
) => void;

const OPTIONS = INIT_CATALOG;

export const INITIALIZERS: Record<InitName, { fill: InitializerFill }> = {
  zeros: { fill: (w) => w.fill(0) },
  normal: {
    fill: (w, _i, _o, spec, rng) => fillNormal(w, spec.std ?? OPTIONS.normal.options.std, rng),
  },
  uniform: {
    fill: (w, _i, _o, spec, rng) =>
      fillUniform(w, spec.limit ?? OPTIONS.uniform.options.limit, rng),
  },
  lecun_uniform: {
    fill: (w, i, o, _s, rng) => varianceScaling(w, i, o, rng, 1, 'fan_in', 'uniform'),
  },
  lecun_normal: {
    fill: (w, i, o, _s, rng) => varianceScaling(w, i, o, rng, 1, 'fan_in', 'normal'),
  },
  xavier_uniform: {
    fill: (w, i, o, _s, rng) => varianceScaling(w, i, o, rng, 1, 'fan_avg', 'uniform'),
  },
  xavier_normal: {
    fill: (w, i, o, _s, rng) => varianceScaling(w, i, o, rng, 1, 'fan_avg', 'normal'),
  },
  he_uniform: {
    fill: (w, i, o, _s, rng) => varianceScaling(w, i, o, rng, 2, 'fan_in', 'uniform'),
  },
  he_normal: {
    fill: (w, i, o, _s, rng) => varianceScaling(w, i, o, rng, 2, 'fan_in', 'normal'),
  },
};

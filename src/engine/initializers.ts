// Weight initializers. Glorot, He and LeCun are rows of one rule, variance scaling:
// draw with variance `scale / fan`, where fan is fan_in, fan_out or their mean.
// Biases always start at 0 (the contract), so only weight matrices come through here.
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

export interface InitializerEntry {
  readonly label: string;
  /** Options this initializer takes, with their defaults. */
  readonly options: Readonly<Partial<Record<'std' | 'limit', number>>>;
  fill(w: Floats, fanIn: number, fanOut: number, spec: InitSpec, rng: Rng): void;
}

export const INITIALIZERS: Record<InitName, InitializerEntry> = {
  zeros: {
    label: 'Zeros',
    options: {},
    fill: (w) => w.fill(0),
  },
  normal: {
    label: 'Normal',
    // std 1 is torch.nn.init.normal_'s default, and the textbook "too large" case.
    options: { std: 1 },
    fill: (w, _i, _o, spec, rng) => fillNormal(w, spec.std ?? 1, rng),
  },
  uniform: {
    label: 'Uniform',
    // ±0.05 is Keras's RandomUniform default: small, symmetric, scale-unaware.
    options: { limit: 0.05 },
    fill: (w, _i, _o, spec, rng) => fillUniform(w, spec.limit ?? 0.05, rng),
  },
  lecun_uniform: {
    label: 'LeCun uniform',
    options: {},
    fill: (w, i, o, _s, rng) => varianceScaling(w, i, o, rng, 1, 'fan_in', 'uniform'),
  },
  lecun_normal: {
    label: 'LeCun normal',
    options: {},
    fill: (w, i, o, _s, rng) => varianceScaling(w, i, o, rng, 1, 'fan_in', 'normal'),
  },
  xavier_uniform: {
    label: 'Xavier/Glorot uniform',
    options: {},
    fill: (w, i, o, _s, rng) => varianceScaling(w, i, o, rng, 1, 'fan_avg', 'uniform'),
  },
  xavier_normal: {
    label: 'Xavier/Glorot normal',
    options: {},
    fill: (w, i, o, _s, rng) => varianceScaling(w, i, o, rng, 1, 'fan_avg', 'normal'),
  },
  he_uniform: {
    label: 'He uniform',
    options: {},
    fill: (w, i, o, _s, rng) => varianceScaling(w, i, o, rng, 2, 'fan_in', 'uniform'),
  },
  he_normal: {
    label: 'He normal',
    options: {},
    fill: (w, i, o, _s, rng) => varianceScaling(w, i, o, rng, 2, 'fan_in', 'normal'),
  },
};

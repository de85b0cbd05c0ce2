// The one setting a finding offers to try, and what the rules ask of the run to choose it:
// its rate against the optimizer's steady one, its inputs' scale, its layers' activations.
import { OPTIMIZER_CATALOG } from '../../spec/catalog/optimizers';
import type { Fix } from '../../spec/protocol/diagnosis';
import type { InitName, LayerSpec } from '../../spec/types';
import type { Trainer } from '../train';

/** The optimizer's steady rate (spec/catalog/optimizers.ts). */
function steady(trainer: Trainer): number {
  return OPTIMIZER_CATALOG[trainer.experiment.optimizer.name].steadyLr;
}

/** A rate that overshot: a tenth of it, or the optimizer's steady rate if that is smaller. */
export function smallerRate(trainer: Trainer): Fix {
  // One significant digit, so that a button says 0.01 and not 0.009999.
  const tenth = Number((trainer.learningRate / 10).toPrecision(1));
  return { setting: 'lr', value: Math.min(tenth, steady(trainer)) };
}

/** Whether the rate is above this optimizer's steady one. */
export function rateAboveSteady(trainer: Trainer): boolean {
  return trainer.learningRate > steady(trainer);
}

/**
 * Whether the rate is far below what this optimizer trains with: a hundredth of its steady
 * rate or less, where fifty epochs of the playground's sets barely move.
 */
export function rateTooSmall(trainer: Trainer): boolean {
  return trainer.learningRate <= steady(trainer) / 100;
}

/** The steady rate, for a rate too small. */
export function steadyRate(trainer: Trainer): Fix {
  return { setting: 'lr', value: steady(trainer) };
}

/**
 * Inputs far from the scale a layer's initializer assumes (order 1): largest |x| above 10,
 * with normalisation off. Wine's proline runs to 1680, the 2-D sets stay within 2.
 */
export const INPUT_SCALE = 10;

/** Whether the training inputs are left unscaled and large (INPUT_SCALE). */
export function inputsUnscaled(trainer: Trainer): boolean {
  if (trainer.experiment.data.normalize !== 'none') return false;
  const { x, n, features } = trainer.data.train;
  for (let i = 0; i < n * features; i++) if (Math.abs(x[i]) > INPUT_SCALE) return true;
  return false;
}

export const STANDARDIZE: Fix = { setting: 'normalize', value: 'standardize' };

export function activationFix(layers: readonly number[], value: 'relu' | 'leaky_relu'): Fix {
  return { setting: 'activation', layers: [...layers], value };
}

/** The activation a layer applies, if it names one (dense, conv2d, activation layers). */
function activationOf(spec: LayerSpec): string | null {
  return 'activation' in spec ? spec.activation : null;
}

/** The document indices of the hidden layers with a sigmoid or tanh activation. */
export function squashingLayers(trainer: Trainer): number[] {
  const layers = trainer.experiment.model.layers;
  const squashing = (spec: LayerSpec) => ['sigmoid', 'tanh'].includes(activationOf(spec) ?? '');
  return layers.flatMap((spec, i) => (i < layers.length - 1 && squashing(spec) ? [i] : []));
}

/**
 * The initializer for a layer's units: He's for the ReLU family, Xavier's for the rest (the
 * xavier-he lesson's rule). A layer's activation may be the next layer's (dense, then an
 * activation layer): the first one named at or after it counts.
 */
export function initFor(layers: readonly LayerSpec[], i: number): InitName {
  const named = layers
    .slice(i)
    .map(activationOf)
    .find((a) => a !== null && a !== 'linear');
  const relu = named === 'relu' || named === 'leaky_relu' || named === 'elu' || named === 'gelu';
  return relu ? 'he_uniform' : 'xavier_uniform';
}

/**
 * New initial weights for the layers `symmetric` that take the same initializer as `around`:
 * one button mends every layer that started equal, as far as one initializer can.
 */
export function initFix(trainer: Trainer, symmetric: readonly number[], around: number): Fix {
  const layers = trainer.experiment.model.layers;
  const value = initFor(layers, around);
  return { setting: 'init', layers: symmetric.filter((i) => initFor(layers, i) === value), value };
}

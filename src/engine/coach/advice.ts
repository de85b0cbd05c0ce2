// What the rules suggest: a learning rate to try, and the likely cause of a run that does not
// learn, read from the network's signals (the same thresholds as the rules that report them).
import { OPTIMIZER_CATALOG } from '../../spec/catalog/optimizers';
import type { Cause, Fix } from '../../spec/protocol/diagnosis';
import type { Trainer } from '../train';
import type { LayerSignals, Signals } from './signals';
import { DEAD_SHARE } from './rules/deadUnits';
import { SATURATED_SHARE } from './rules/saturation';
import { gradientRatio, VANISHING_RATIO } from './rules/gradients';

/** The run's rate now (after its schedule), and the optimizer's steady one. */
function rates(trainer: Trainer): { lr: number; steady: number } {
  return {
    lr: trainer.learningRate,
    steady: OPTIMIZER_CATALOG[trainer.experiment.optimizer.name].steadyLr,
  };
}

/** A rate that overshot: a tenth of it, or the optimizer's steady rate if that is smaller. */
export function smallerRate(trainer: Trainer): Fix {
  const { lr, steady } = rates(trainer);
  return { setting: 'lr', value: Math.min(roundRate(lr / 10), steady) };
}

/** Whether the rate is above this optimizer's steady one. */
export function rateAboveSteady(trainer: Trainer): boolean {
  const { lr, steady } = rates(trainer);
  return lr > steady;
}

/**
 * Whether the rate is far below what this optimizer trains with: a hundredth of its steady
 * rate or less, where fifty epochs of the playground's sets barely move.
 */
export function rateTooSmall(trainer: Trainer): boolean {
  const { lr, steady } = rates(trainer);
  return lr <= steady / 100;
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

/** The steady rate, for a rate too small. */
export function steadyRate(trainer: Trainer): Fix {
  return { setting: 'lr', value: rates(trainer).steady };
}

/** One significant digit, so that a button says 0.01 and not 0.009999. */
function roundRate(lr: number): number {
  return Number(lr.toPrecision(1));
}

/** Hidden layers whose units all have a twin: started equal, they learn as one. */
export function symmetricLayers(signals: Signals): LayerSignals[] {
  const last = signals.layers.length - 1;
  return signals.layers.filter(
    (l) => l.layer < last && l.identical !== null && l.units >= 2 && l.identical === l.units,
  );
}

export function deadLayers(signals: Signals): LayerSignals[] {
  return signals.layers.filter((l) => l.dead !== null && l.dead / l.units >= DEAD_SHARE);
}

export function saturatedLayers(signals: Signals): LayerSignals[] {
  return signals.layers.filter((l) => l.saturated !== null && l.saturated >= SATURATED_SHARE);
}

/**
 * Why a run does not learn, from what its network shows, most basic first: units that
 * started equal, units that pass no gradient (dead, saturated), a gradient that vanishes on
 * its way back, a rate too small. Null when none of them shows.
 */
export function likelyCause(
  trainer: Trainer,
  signals: Signals | null,
): { cause: Cause | null; fix: Fix | null } {
  if (signals !== null) {
    const symmetric = symmetricLayers(signals);
    if (symmetric.length > 0) {
      // He's initializer: the one for the ReLU units a playground uses most.
      const layers = symmetric.map((l) => l.layer);
      return { cause: 'zeroInit', fix: { setting: 'init', layers, value: 'he_uniform' } };
    }
    // Units dead or pinned by steps too large come back with a smaller rate, not otherwise.
    const tooFast = rateAboveSteady(trainer);
    const dead = deadLayers(signals).map((l) => l.layer);
    const saturated = saturatedLayers(signals).map((l) => l.layer);
    if (tooFast && dead.length + saturated.length > 0) {
      return { cause: 'learningRateTooLarge', fix: smallerRate(trainer) };
    }
    if (dead.length > 0) return { cause: 'deadUnits', fix: activation(dead, 'leaky_relu') };
    if (saturated.length > 0) return { cause: 'saturation', fix: activation(saturated, 'relu') };
    if ((gradientRatio(signals)?.ratio ?? 0) >= VANISHING_RATIO) {
      const squashing = squashingLayers(trainer);
      const fix = squashing.length > 0 ? activation(squashing, 'relu') : null;
      return { cause: 'vanishingGradients', fix };
    }
  }
  if (rateTooSmall(trainer)) return { cause: 'learningRateTooSmall', fix: steadyRate(trainer) };
  return { cause: null, fix: null };
}

function activation(layers: readonly number[], value: 'relu' | 'leaky_relu'): Fix {
  return { setting: 'activation', layers: [...layers], value };
}

/** The document indices of the hidden layers with a sigmoid or tanh activation. */
export function squashingLayers(trainer: Trainer): number[] {
  const layers = trainer.experiment.model.layers;
  const squashing = (spec: (typeof layers)[number]) =>
    'activation' in spec && (spec.activation === 'sigmoid' || spec.activation === 'tanh');
  return layers.flatMap((spec, i) => (i < layers.length - 1 && squashing(spec) ? [i] : []));
}

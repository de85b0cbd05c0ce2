// Why a run does not learn, read from what its network shows (the rules' own tests of a
// layer), most basic first: units that started equal, units that pass no gradient (dead,
// saturated), a gradient that vanishes on its way back, a rate too small.
import type { Cause, Fix } from '../../spec/protocol/diagnosis';
import type { Trainer } from '../train';
import {
  activationFix,
  initFix,
  rateAboveSteady,
  rateTooSmall,
  smallerRate,
  squashingLayers,
  steadyRate,
} from './fixes';
import { isDead } from './rules/deadUnits';
import { gradientRatio, VANISHING_RATIO } from './rules/gradients';
import { isSaturated } from './rules/saturation';
import { symmetricLayers } from './rules/symmetry';
import type { Signals } from './signals';

export function likelyCause(
  trainer: Trainer,
  signals: Signals | null,
): { cause: Cause | null; fix: Fix | null } {
  if (signals !== null) {
    const symmetric = symmetricLayers(signals);
    if (symmetric.length > 0) {
      return { cause: 'zeroInit', fix: initFix(trainer, symmetric, symmetric[0]) };
    }
    // Units dead or pinned by steps too large come back with a smaller rate, not otherwise.
    const dead = signals.layers.filter((l) => isDead(l, signals)).map((l) => l.layer);
    const saturated = signals.layers.filter(isSaturated).map((l) => l.layer);
    if (rateAboveSteady(trainer) && dead.length + saturated.length > 0) {
      return { cause: 'learningRateTooLarge', fix: smallerRate(trainer) };
    }
    if (dead.length > 0) return { cause: 'deadUnits', fix: activationFix(dead, 'leaky_relu') };
    if (saturated.length > 0) {
      return { cause: 'saturation', fix: activationFix(saturated, 'relu') };
    }
    if ((gradientRatio(signals)?.ratio ?? 0) >= VANISHING_RATIO) {
      const squashing = squashingLayers(trainer);
      const fix = squashing.length > 0 ? activationFix(squashing, 'relu') : null;
      return { cause: 'vanishingGradients', fix };
    }
  }
  if (rateTooSmall(trainer)) return { cause: 'learningRateTooSmall', fix: steadyRate(trainer) };
  return { cause: null, fix: null };
}

// A finding of the coach (engine/coach), as the page shows it and `cli train --diagnose`
// prints it: which diagnosis, where in the run and in the network, the evidence in numbers,
// the likely cause and the one setting to try. Plain data: the page words it in its language
// by its name, cause and fix (`coach.…` keys), the CLI prints it as it is.
import type { DiagnosisName } from '../catalog/diagnoses';
import type { InitName } from '../types';

export type { DiagnosisName };

/** Why the coach thinks it happened. */
export type Cause =
  /** Each step overshoots: the rate is too large for this optimizer. */
  | 'learningRateTooLarge'
  /** The steps are too small to move the weights in the epochs given. */
  | 'learningRateTooSmall'
  /** Every unit of a layer started from the same weights, so they all learn the same. */
  | 'zeroInit'
  /** ReLU units that output 0 for every sample pass no gradient back. */
  | 'deadUnits'
  /** Sigmoid or tanh units pinned at their limits have a slope near 0. */
  | 'saturation'
  /** Each sigmoid or tanh layer scales the gradient by its slope (sigmoid's at most ¼). */
  | 'smallSlopes'
  /** The gradient shrinks layer by layer on its way back to the first layers. */
  | 'vanishingGradients'
  /** The initial weights are too large for the layer's fan-in. */
  | 'initTooLarge'
  /** Inputs left in their own units (hundreds, thousands) swamp the first layer. */
  | 'inputScale'
  /** More parameters than the training set can pin down: it is learned by heart. */
  | 'memorising';

/** One setting that may mend it: the page offers it as a button. */
export type Fix =
  | { setting: 'lr'; value: number }
  /** The initializer of these document layers (from 0). */
  | { setting: 'init'; layers: number[]; value: InitName }
  /** The activation of these hidden layers (from 0): ReLU for saturated sigmoid or tanh
   *  layers, leaky ReLU for dead ReLU layers. */
  | { setting: 'activation'; layers: number[]; value: 'relu' | 'leaky_relu' }
  /** The data's normalisation: inputs rescaled to mean 0 and standard deviation 1. */
  | { setting: 'normalize'; value: 'standardize' }
  /** Early stopping with this patience: the run ends once the validation loss has not
   *  improved for that many epochs. */
  | { setting: 'earlyStopping'; patience: number };

export interface Diagnosis {
  name: DiagnosisName;
  /** Optimizer steps and whole epochs done when it was found. */
  step: number;
  epoch: number;
  /** The document layer it concerns (from 0), or null for the whole run. */
  layer: number | null;
  /** The numbers behind it, named for the sentence that shows them. */
  evidence: Record<string, number>;
  /** Null where the signals point at no cause. */
  cause: Cause | null;
  fix: Fix | null;
  /** The playground pauses the run when this is found (it will not come right by itself). */
  pause: boolean;
}

// The coach's diagnoses: one rule per row of spec/catalog/diagnoses.ts, one file each, with
// its thresholds and their reasons beside it. A new diagnosis is a file, a row here and its
// row (tag, lesson) in the catalog, and its words in the dictionaries.
import type { DiagnosisName } from '../../../spec/protocol/diagnosis';
import type { Rule } from '../watch';
import { deadUnits } from './deadUnits';
import { exploding } from './exploding';
import { explodingGradients, vanishingGradients } from './gradients';
import { notLearning } from './notLearning';
import { oscillation } from './oscillation';
import { overfitting } from './overfitting';
import { saturation } from './saturation';
import { symmetry } from './symmetry';

export const RULES: Record<DiagnosisName, Rule> = {
  exploding,
  notLearning,
  deadUnits,
  saturation,
  vanishingGradients,
  explodingGradients,
  symmetry,
  overfitting,
  oscillation,
};

// What the coach can say of a run (extension): each diagnosis by name, with its English tag
// (the CLI's and the tables' short word; the page words it by `coach.<name>.tag`) and the
// lesson that shows it. The rules that find them, with their thresholds and reasons, are the
// engine's (engine/coach), one file per row under the same names.

export const DIAGNOSIS_CATALOG = {
  exploding: { tag: 'exploded', lesson: 'learning-rate' },
  notLearning: { tag: 'not learning', lesson: 'learning-rate' },
  deadUnits: { tag: 'dead units', lesson: 'activation-histograms' },
  saturation: { tag: 'saturated', lesson: 'activation-histograms' },
  vanishingGradients: { tag: 'vanishing gradients', lesson: 'vanishing-gradients' },
  explodingGradients: { tag: 'exploding gradients', lesson: 'xavier-he' },
  symmetry: { tag: 'symmetric units', lesson: 'zero-init' },
  overfitting: { tag: 'overfitting', lesson: 'overfitting' },
  oscillation: { tag: 'oscillating', lesson: 'learning-rate' },
} as const satisfies Record<string, { tag: string; lesson: string }>;

export type DiagnosisName = keyof typeof DIAGNOSIS_CATALOG;

export const DIAGNOSIS_NAMES = Object.keys(DIAGNOSIS_CATALOG) as DiagnosisName[];

// What the coach can say of a run (extension): each diagnosis by name, with the lesson that
// shows it (the page words each by its `coach.<name>.…` keys). The rules that find them, with
// their thresholds and reasons, are the engine's (engine/coach), one file per row under the
// same names.

export const DIAGNOSIS_CATALOG = {
  exploding: { lesson: 'learning-rate' },
  notLearning: { lesson: 'learning-rate' },
  deadUnits: { lesson: 'activation-histograms' },
  saturation: { lesson: 'activation-histograms' },
  vanishingGradients: { lesson: 'vanishing-gradients' },
  explodingGradients: { lesson: 'xavier-he' },
  symmetry: { lesson: 'zero-init' },
  overfitting: { lesson: 'overfitting' },
  oscillation: { lesson: 'learning-rate' },
} as const satisfies Record<string, { lesson: string }>;

export type DiagnosisName = keyof typeof DIAGNOSIS_CATALOG;

export const DIAGNOSIS_NAMES = Object.keys(DIAGNOSIS_CATALOG) as DiagnosisName[];

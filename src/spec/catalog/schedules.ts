// Learning-rate schedules (an extension), stepped once per epoch as PyTorch's lr_scheduler
// classes are: English labels (the page words them by the key `schedule.<name>`) and each
// schedule's fields besides `name`. The closed forms are the engine's (engine/schedules.ts).

export const SCHEDULE_CATALOG = {
  constant: { label: 'Constant', fields: [] },
  step: { label: 'Step decay', fields: ['stepSize', 'gamma'] }, // StepLR
  exponential: { label: 'Exponential decay', fields: ['gamma'] }, // ExponentialLR
  cosine: { label: 'Cosine annealing', fields: ['tMax', 'etaMin'] }, // CosineAnnealingLR
} as const satisfies Record<string, { label: string; fields: readonly string[] }>;

export type ScheduleName = keyof typeof SCHEDULE_CATALOG;

export const SCHEDULE_NAMES = Object.keys(SCHEDULE_CATALOG) as ScheduleName[];

// Ready-made races that reproduce the classic pictures. Each is data: a surface, a start,
// a budget and the racers with the settings the original used.
import { racer, type RaceSettings } from './raceSettings';

export interface RacePreset {
  name: string;
  /** Message keys (the page's dictionaries word them): its name in the menu, and what to look
   *  for, one or two sentences. */
  label: string;
  note: string;
  settings: RaceSettings;
}

const base = { expression: 'sin(x)*y^2 + 0.1*x^4', window: null, gradientNoise: 0, seed: 0 };

export const RACE_PRESETS: RacePreset[] = [
  {
    name: 'saito',
    label: 'preset.saito.label',
    note: 'preset.saito.note',
    settings: {
      ...base,
      surface: 'elongated',
      start: [-7, 2],
      steps: 30,
      racers: [
        racer('sgd', { lr: 0.95 }),
        racer('momentum', { lr: 0.1 }),
        racer('adagrad', { lr: 1.5 }),
        racer('adam', { lr: 0.3 }),
      ],
    },
  },
  {
    name: 'rosenbrock',
    label: 'preset.rosenbrock.label',
    note: 'preset.rosenbrock.note',
    settings: {
      ...base,
      surface: 'rosenbrock',
      start: [-1.5, 2],
      steps: 1000,
      racers: [
        racer('sgd', { lr: 0.001 }),
        racer('momentum', { lr: 0.001 }),
        racer('rmsprop', { lr: 0.01 }),
        racer('adam', { lr: 0.05 }),
      ],
    },
  },
  {
    name: 'saddle',
    label: 'preset.saddle.label',
    note: 'preset.saddle.note',
    settings: {
      ...base,
      surface: 'saddle',
      start: [-1, 0.001],
      steps: 200,
      racers: [
        racer('sgd', { lr: 0.01 }),
        racer('momentum', { lr: 0.01 }),
        racer('adagrad', { lr: 0.1 }),
        racer('rmsprop', { lr: 0.01 }),
        racer('adam', { lr: 0.01 }),
      ],
    },
  },
  {
    name: 'banana',
    label: 'preset.banana.label',
    note: 'preset.banana.note',
    settings: {
      ...base,
      surface: 'rosenbrock',
      start: [-1.2, 1],
      steps: 500,
      racers: [racer('momentum', { lr: 0.001, momentum: 0.9 })],
    },
  },
  {
    name: 'himmelblau',
    label: 'preset.himmelblau.label',
    note: 'preset.himmelblau.note',
    settings: {
      ...base,
      surface: 'himmelblau',
      start: [0, -3],
      steps: 300,
      racers: [
        racer('sgd', { lr: 0.01 }),
        racer('momentum', { lr: 0.005 }),
        racer('rmsprop', { lr: 0.05 }),
        racer('adam', { lr: 0.1 }),
      ],
    },
  },
  {
    name: 'rastrigin',
    label: 'preset.rastrigin.label',
    note: 'preset.rastrigin.note',
    settings: {
      ...base,
      surface: 'rastrigin',
      start: [3.3, -2.7],
      steps: 300,
      racers: [
        racer('sgd', { lr: 0.002 }),
        racer('momentum', { lr: 0.008 }),
        racer('adam', { lr: 0.05 }),
      ],
    },
  },
];

export const DEFAULT_PRESET = RACE_PRESETS[0];

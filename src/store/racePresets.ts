// Ready-made races that reproduce the classic pictures. Each is data: a surface, a start,
// a budget and the racers with the settings the original used.
import { racer, type RaceSettings } from './raceSettings';

export interface RacePreset {
  name: string;
  label: string;
  /** What to look for, one or two sentences. */
  note: string;
  settings: RaceSettings;
}

const base = { expression: 'sin(x)*y^2 + 0.1*x^4', window: null, gradientNoise: 0, seed: 0 };

export const RACE_PRESETS: RacePreset[] = [
  {
    name: 'saito',
    label: 'x²/20 + y² from (−7, 2) (Saito)',
    note:
      'The figure from "Deep Learning from Scratch": SGD zig-zags across the narrow valley, ' +
      'Momentum overshoots and swings back, AdaGrad slows down as its sums grow, Adam curves in.',
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
    label: 'Rosenbrock from (−1.5, 2)',
    note:
      'The curved valley: plain SGD needs a tiny step to stay stable and crawls along the ' +
      'floor; momentum and the adaptive methods travel the banana much further.',
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
    label: 'Saddle escape from (−1, 0.001)',
    note:
      'Started almost exactly on the ridge of x² − y²: the gradient across it is tiny, so ' +
      'SGD lingers near the saddle point while the adaptive methods rescale that tiny ' +
      'gradient and leave at once.',
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
    label: 'Momentum on the banana: α and β (Distill)',
    note:
      'One racer, as in "Why Momentum Really Works": slide the step size α (learning rate) ' +
      'and the momentum β and watch the path go from crawling to oscillating to diverging.',
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
    label: 'Himmelblau: four minima',
    note:
      'The same start, different optimizers, three different minima: where a method ends up ' +
      'depends on how it moves, not only on where it starts.',
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
    label: 'Rastrigin: a field of local minima',
    note:
      'SGD and Adam stop in the nearest dip; momentum rolls over two ridges before it settles ' +
      'in a lower one. ' +
      'Add gradient noise to see it shake some racers loose.',
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

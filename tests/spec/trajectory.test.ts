// Trajectory documents: the contract's example, defaults per optimizer in table order, and
// each kind of bad input with the path it must name.
import { describe, expect, it } from 'vitest';
import { OPTIMIZER_CATALOG as OPTIMIZERS } from '../../src/spec/catalog/optimizers';
import { SURFACE_CATALOG as SURFACES } from '../../src/spec/catalog/surfaces';
import { parseDocument, parseJson, parseTrajectory } from '../../src/spec';
import { deepFreeze, specError, trajectoryExample, type Doc } from './fixtures';

describe('valid trajectory documents', () => {
  it('the contract example parses, each optimizer with all its fields, name first', () => {
    const resolved = parseTrajectory(trajectoryExample());
    expect(resolved).toEqual({
      version: 1,
      kind: 'trajectory',
      surface: 'rosenbrock',
      start: [-1.5, 2],
      steps: 200,
      optimizers: [
        { name: 'sgd', lr: 0.001, momentum: 0, nesterov: false, weightDecay: 0 },
        { name: 'adam', lr: 0.05, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0 },
      ],
      gradientNoise: 0,
      seed: 0,
    });
    // The CLI prints these objects: the key order is part of the output.
    expect(Object.keys(resolved.optimizers[1])).toEqual([
      'name',
      'lr',
      'beta1',
      'beta2',
      'eps',
      'weightDecay',
    ]);
  });

  it('reads back unchanged, and never touches its input', () => {
    const doc = deepFreeze(trajectoryExample());
    const before = JSON.stringify(doc);
    const once = parseTrajectory(doc);
    expect(parseTrajectory(once)).toEqual(once);
    expect(JSON.stringify(doc)).toBe(before);
    expect(once.start).not.toBe(doc.start);
  });

  it('kind may be left out (the command already says what the file is)', () => {
    const doc = trajectoryExample();
    delete doc.kind;
    expect(parseDocument(doc, 'trajectory')).toEqual(parseTrajectory(trajectoryExample()));
  });

  it('takes every surface and every optimizer, by object or by bare name', () => {
    for (const surface of Object.keys(SURFACES)) {
      const optimizers = Object.keys(OPTIMIZERS);
      const resolved = parseTrajectory({
        ...trajectoryExample(),
        surface,
        optimizers: optimizers.slice(0, 8),
      });
      expect(resolved.surface).toBe(surface);
      resolved.optimizers.forEach((o, i) => {
        const name = optimizers[i] as keyof typeof OPTIMIZERS;
        expect(o).toEqual({ name, ...OPTIMIZERS[name].defaults });
      });
    }
  });

  it('takes a typed formula as the custom surface, and seeded gradient noise', () => {
    const doc = {
      ...trajectoryExample(),
      surface: 'custom',
      expression: 'sin(x)*y^2 + 0.1*x^4',
      gradientNoise: 0.5,
      seed: 3,
    };
    const resolved = parseTrajectory(doc);
    expect(resolved).toMatchObject({
      surface: 'custom',
      expression: 'sin(x)*y^2 + 0.1*x^4',
      gradientNoise: 0.5,
      seed: 3,
    });
    expect(parseTrajectory(resolved)).toEqual(resolved);
    expect('expression' in parseTrajectory(trajectoryExample())).toBe(false);
  });

  it('parses from JSON text through the command entry point', () => {
    const text = JSON.stringify(trajectoryExample());
    expect(parseDocument(parseJson(text, 'traj.json'), 'trajectory').steps).toBe(200);
  });
});

const BAD: [string, (d: Doc) => void][] = [
  ['version 2 is not supported (this program reads version 1)', (d) => (d.version = 2)],
  ['kind is "train" but a trajectory document was expected', (d) => (d.kind = 'train')],
  [
    'noise is not a field of a trajectory file (fields: version, kind, surface, expression, start, steps, optimizers, gradientNoise, seed)',
    (d) => (d.noise = 1),
  ],
  [
    'surface "banana" is unknown (one of: bowl, elongated, rosenbrock,',
    (d) => (d.surface = 'banana'),
  ],
  ['surface is required (one of: bowl,', (d) => delete d.surface],
  ['start is required (an array)', (d) => delete d.start],
  ['start must be two numbers [x, y] (got 1 value)', (d) => (d.start = [1])],
  ['start must be two numbers [x, y] (got 3 values)', (d) => (d.start = [1, 2, 3])],
  ['start[0] must be a finite number (got "1")', (d) => (d.start = ['1', 2])],
  ['start[1] must be a finite number (got NaN)', (d) => (d.start = [1, NaN])],
  ['steps must be a positive integer (got 0)', (d) => (d.steps = 0)],
  ['steps must be a positive integer (got 2.5)', (d) => (d.steps = 2.5)],
  ['steps must be at most 100000 (got 100001)', (d) => (d.steps = 100_001)],
  ['steps is required (a positive integer)', (d) => delete d.steps],
  ['optimizers must not be empty', (d) => (d.optimizers = [])],
  ['optimizers has 9 optimizers; the limit is 8', (d) => (d.optimizers = Array(9).fill('sgd'))],
  [
    'optimizers[1].beta3 is not a field of adam (fields: lr, beta1, beta2, eps, weightDecay)',
    (d) => (d.optimizers[1].beta3 = 0.9),
  ],
  ['optimizers[0].lr must be a finite number > 0 (got -1)', (d) => (d.optimizers[0].lr = -1)],
  ['optimizers[0] "sdg" is unknown (one of: sgd,', (d) => (d.optimizers[0] = 'sdg')],
  ['expression is only for "surface": "custom"', (d) => (d.expression = 'x^2')],
  ['expression is required (a formula in x and y, as a string)', (d) => (d.surface = 'custom')],
  [
    "expression is not a formula: unknown name 'z' at column 5",
    (d) => Object.assign(d, { surface: 'custom', expression: 'x + z' }),
  ],
  ['gradientNoise must be a number in [0, 10000] (got -1)', (d) => (d.gradientNoise = -1)],
  ['gradientNoise must be a number in [0, 10000] (got 1000000000)', (d) => (d.gradientNoise = 1e9)],
  ['seed must be a non-negative integer (got 1.5)', (d) => (d.seed = 1.5)],
];

describe('bad trajectory documents name the field', () => {
  it.each(BAD)('%s', (message, mutate) => {
    const doc = trajectoryExample();
    mutate(doc);
    const error = specError(() => parseTrajectory(doc));
    expect(error.message).toContain(message);
    expect(error.message.startsWith(`${error.path} `)).toBe(true);
  });
});

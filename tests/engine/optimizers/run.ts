// Helpers shared by the optimizer tests: run a rule over a fixed gradient sequence, and
// the checks every rule must pass whatever its math (dtype, grad untouched, fresh state).
import { expect, it } from 'vitest';
import type { DType, Floats } from '../../../src/engine/matrix';
import { allocate } from '../../../src/engine/matrix';
import type { Hyperparameters, OptimizerRule } from '../../../src/engine/optimizers/optimizer';

/** Steps 1, 2, … with the given gradients from `start`; returns the parameter and state. */
export function run(
  rule: OptimizerRule,
  hp: Hyperparameters,
  start: number[],
  grads: number[][],
  dtype: DType = 'float64',
) {
  const param = allocate(dtype, start.length);
  param.set(start);
  const state = rule.init(start.length, dtype);
  const grad = allocate(dtype, start.length);
  grads.forEach((g, i) => {
    grad.set(g);
    rule.update(param, grad, state, hp, i + 1);
  });
  return { param, state };
}

export function expectClose(actual: Floats, expected: number[], digits = 12): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, digits));
}

// Gradients with mixed signs and sizes, so no coordinate is a special case.
const START = [0.5, -1.25, 2, 0];
const GRADS = [
  [0.3, -2, 0.01, 1],
  [-0.7, -1.5, 0.02, 0],
  [0.1, 0.5, -0.03, -1],
];

/**
 * Registers the checks every rule must pass, with weight decay on. `scalars` names state
 * that is one number per parameter tensor rather than one per element (NAdam's running
 * product of momentum coefficients), with its starting value.
 */
export function commonChecks(
  rule: OptimizerRule,
  hp: Hyperparameters,
  scalars: Record<string, number> = {},
): void {
  it('starts from zeroed state of the parameter size and dtype', () => {
    for (const dtype of ['float32', 'float64'] as const) {
      for (const [name, buffer] of Object.entries(rule.init(3, dtype))) {
        if (Object.hasOwn(scalars, name)) {
          // A scalar is kept in double precision, whatever the parameters' dtype.
          expect(buffer).toBeInstanceOf(Float64Array);
          expect(Array.from(buffer)).toEqual([scalars[name]]);
          continue;
        }
        expect(buffer).toBeInstanceOf(dtype === 'float32' ? Float32Array : Float64Array);
        expect(Array.from(buffer)).toEqual([0, 0, 0]);
      }
    }
  });

  it('does not write to the gradient', () => {
    const param = Float64Array.from(START);
    const state = rule.init(START.length, 'float64');
    GRADS.forEach((g, i) => {
      const grad = Float64Array.from(g);
      rule.update(param, grad, state, hp, i + 1);
      expect(Array.from(grad)).toEqual(g);
    });
  });

  it('works on Float32Array, agreeing with float64 to float32 precision', () => {
    const single = run(rule, hp, START, GRADS, 'float32').param;
    const double = run(rule, hp, START, GRADS, 'float64').param;
    expect(single).toBeInstanceOf(Float32Array);
    // float32 keeps ~7 significant digits; values here are O(1), so 5 decimals is safe.
    expectClose(single, Array.from(double), 5);
  });
}

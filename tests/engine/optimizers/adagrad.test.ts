import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../../src/engine/optimizers';
import { commonChecks, expectClose, run } from './run';

const { adagrad } = OPTIMIZERS;

describe('adagrad', () => {
  it('has the contract defaults, in the contract order', () => {
    expect(adagrad.defaults).toStrictEqual({ lr: 0.01, eps: 1e-10, weightDecay: 0 });
    expect(Object.keys(adagrad.defaults)).toEqual(['lr', 'eps', 'weightDecay']);
  });

  it('divides by the root of the summed squares', () => {
    // lr 0.1, eps 1e-10 (shifts results by ~1e-11, below the 12-digit check), θ = [1, −2]
    // step 1, g = [3, −4]: s = [9, 16];  θ = [1 − 0.1·3/3, −2 + 0.1·4/4]     = [0.9, −1.9]
    // step 2, g = [4, 3]:  s = [25, 25]; θ = [0.9 − 0.1·4/5, −1.9 − 0.1·3/5] = [0.82, −1.96]
    const hp = { ...adagrad.defaults, lr: 0.1 };
    const { param, state } = run(
      adagrad,
      hp,
      [1, -2],
      [
        [3, -4],
        [4, 3],
      ],
    );
    expectClose(param, [0.82, -1.96], 9);
    expectClose(state.sum, [25, 25]);
  });

  it('adds eps outside the square root', () => {
    // lr 0.1, eps 1, θ = [1, −2], g = [3, −4]: s = [9, 16]
    // θ = [1 − 0.1·3/(3 + 1), −2 + 0.1·4/(4 + 1)] = [0.925, −1.92]
    // (eps inside, 3/√10 and 4/√17, would give 0.9051… and −1.9030…)
    const hp = { ...adagrad.defaults, lr: 0.1, eps: 1 };
    expectClose(run(adagrad, hp, [1, -2], [[3, -4]]).param, [0.925, -1.92]);
  });

  it('adds weight decay to the gradient first', () => {
    // lr 0.1, weightDecay 0.5, θ = [1, −2], g = [2.5, −3]
    // g' = [2.5 + 0.5, −3 − 1] = [3, −4]; then as above: θ = [0.9, −1.9]
    const hp = { ...adagrad.defaults, lr: 0.1, weightDecay: 0.5 };
    expectClose(run(adagrad, hp, [1, -2], [[2.5, -3]]).param, [0.9, -1.9], 9);
  });

  commonChecks(adagrad, { ...adagrad.defaults, weightDecay: 0.05 });
});

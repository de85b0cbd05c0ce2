import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../../src/engine/optimizers';
import { commonChecks, expectClose, run } from './run';

const { adam } = OPTIMIZERS;

// beta1 0.5 and beta2 0.75 make the bias corrections visible and the roots round.
const HP = { lr: 0.1, beta1: 0.5, beta2: 0.75, eps: 1, weightDecay: 0 };

describe('adam', () => {
  it('has the contract defaults, in the contract order', () => {
    expect(adam.defaults).toStrictEqual({
      lr: 0.001,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
      weightDecay: 0,
    });
    expect(Object.keys(adam.defaults)).toEqual(['lr', 'beta1', 'beta2', 'eps', 'weightDecay']);
  });

  it('bias-corrects both moments', () => {
    // θ = [1, −2]
    // step 1, g = [3, −4]: m = 0.5·g = [1.5, −2];  v = 0.25·g² = [2.25, 4]
    //   m̂ = m/(1 − 0.5) = [3, −4];  v̂ = v/(1 − 0.75) = [9, 16];  √v̂ + eps = [4, 5]
    //   θ = [1 − 0.1·3/4, −2 + 0.1·4/5] = [0.925, −1.92]
    // step 2, g = [−3, 4]: m = [0.75 − 1.5, −1 + 2] = [−0.75, 1]
    //   v = [0.75·2.25 + 0.25·9, 0.75·4 + 0.25·16] = [3.9375, 7]
    //   m̂ = m/(1 − 0.25) = [−1, 4/3];  v̂ = v/(1 − 0.5625) = [9, 16];  √v̂ + eps = [4, 5]
    //   θ = [0.925 + 0.1·1/4, −1.92 − 0.1·(4/3)/5] = [0.95, −1.94666…]
    expectClose(run(adam, HP, [1, -2], [[3, -4]]).param, [0.925, -1.92]);
    const { param, state } = run(
      adam,
      HP,
      [1, -2],
      [
        [3, -4],
        [-3, 4],
      ],
    );
    expectClose(param, [0.95, -1.92 - 0.08 / 3]);
    expectClose(state.expAvg, [-0.75, 1]);
    expectClose(state.expAvgSq, [3.9375, 7]);
  });

  it('adds weight decay to the gradient first (L2, coupled)', () => {
    // weightDecay 1, θ = [1, −2], g = [2, −2]: g' = [3, −4]; then as step 1: θ = [0.925, −1.92]
    const hp = { ...HP, weightDecay: 1 };
    expectClose(run(adam, hp, [1, -2], [[2, -2]]).param, [0.925, -1.92]);
  });

  commonChecks(adam, { ...adam.defaults, lr: 0.01, weightDecay: 0.05 });
});

import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../../src/engine/optimizers';
import { commonChecks, expectClose, run } from './run';

const { adam, adamw } = OPTIMIZERS;

// The Adam test's numbers (beta1 0.5, beta2 0.75, eps 1), with weight decay 0.5.
const HP = { lr: 0.1, beta1: 0.5, beta2: 0.75, eps: 1, weightDecay: 0.5 };

describe('adamw', () => {
  it('has the contract defaults, in the contract order', () => {
    expect(adamw.defaults).toStrictEqual({
      lr: 0.001,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
      weightDecay: 0.01,
    });
    expect(Object.keys(adamw.defaults)).toEqual(['lr', 'beta1', 'beta2', 'eps', 'weightDecay']);
  });

  it('shrinks θ by (1 − lr·weightDecay) first, then takes the Adam step on the raw g', () => {
    // θ = [1, −2]; shrink = 1 − 0.1·0.5 = 0.95
    // step 1, g = [3, −4]: θ·0.95 = [0.95, −1.9]; Adam step (see adam.test.ts) [−0.075, +0.08]
    //   θ = [0.875, −1.82]
    //   (coupled decay would use g' = [3.5, −5] and give [0.9222…, −1.9166…])
    // step 2, g = [−3, 4]: θ·0.95 = [0.83125, −1.729]; Adam step [+0.025, −0.02666…]
    //   θ = [0.85625, −1.75566…]
    expectClose(run(adamw, HP, [1, -2], [[3, -4]]).param, [0.875, -1.82]);
    const { param } = run(
      adamw,
      HP,
      [1, -2],
      [
        [3, -4],
        [-3, 4],
      ],
    );
    expectClose(param, [0.85625, -1.729 - 0.08 / 3]);
  });

  it('is Adam when weightDecay is 0', () => {
    const hp = { ...HP, weightDecay: 0 };
    const grads = [
      [3, -4],
      [-3, 4],
      [0.5, 0.25],
    ];
    const expected = run(adam, hp, [1, -2], grads).param;
    expectClose(run(adamw, hp, [1, -2], grads).param, Array.from(expected), 15);
  });

  commonChecks(adamw, { ...adamw.defaults, lr: 0.01, weightDecay: 0.05 });
});

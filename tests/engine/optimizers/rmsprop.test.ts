import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../../src/engine/optimizers';
import { commonChecks, expectClose, run } from './run';

const { rmsprop } = OPTIMIZERS;

// alpha 0.75 so 1 − alpha = 0.25 and the roots come out round; eps 0.5 so its place
// (outside the root) shows in the result.
const HP = { lr: 0.1, alpha: 0.75, eps: 0.5, momentum: 0, weightDecay: 0 };

describe('rmsprop', () => {
  it('has the contract defaults, in the contract order', () => {
    expect(rmsprop.defaults).toStrictEqual({
      lr: 0.01,
      alpha: 0.99,
      eps: 1e-8,
      momentum: 0,
      weightDecay: 0,
    });
    expect(Object.keys(rmsprop.defaults)).toEqual([
      'lr',
      'alpha',
      'eps',
      'momentum',
      'weightDecay',
    ]);
  });

  it('divides by √v + eps', () => {
    // θ = [1, −2]
    // step 1, g = [3, −4]:  v = 0.25·[9, 16] = [2.25, 4]; √v + eps = [1.5 + 0.5, 2 + 0.5] = [2, 2.5]
    //                       θ = [1 − 0.1·3/2, −2 + 0.1·4/2.5] = [0.85, −1.84]
    //                       (eps inside the root, √2.75 and √4.5, would give 0.819… and −1.811…)
    // step 2, g = [1.5, 2]: v = [0.75·2.25 + 0.25·2.25, 0.75·4 + 0.25·4] = [2.25, 4]
    //                       g/(√v + eps) = [1.5/2, 2/2.5] = [0.75, 0.8]
    //                       θ = [0.85 − 0.075, −1.84 − 0.08] = [0.775, −1.92]
    expectClose(run(rmsprop, HP, [1, -2], [[3, -4]]).param, [0.85, -1.84]);
    const { param, state } = run(
      rmsprop,
      HP,
      [1, -2],
      [
        [3, -4],
        [1.5, 2],
      ],
    );
    expectClose(param, [0.775, -1.92]);
    expectClose(state.squareAvg, [2.25, 4]);
  });

  it('with momentum: b ← momentum·b + g/(√v + eps), θ ← θ − lr·b', () => {
    // momentum 0.5, θ = [1, −2]
    // step 1, g = [3, −4]:  g/(√v + eps) = [1.5, −1.6]; b = [1.5, −1.6]; θ = [0.85, −1.84]
    // step 2, g = [1.5, 2]: g/(√v + eps) = [0.75, 0.8]
    //                       b = [0.75 + 0.75, −0.8 + 0.8] = [1.5, 0]
    //                       θ = [0.85 − 0.15, −1.84 − 0] = [0.7, −1.84]
    const hp = { ...HP, momentum: 0.5 };
    const { param, state } = run(
      rmsprop,
      hp,
      [1, -2],
      [
        [3, -4],
        [1.5, 2],
      ],
    );
    expectClose(param, [0.7, -1.84]);
    expectClose(state.momentumBuffer, [1.5, 0]);
  });

  it('adds weight decay to the gradient first', () => {
    // weightDecay 1, θ = [1, −2], g = [2, −2]: g' = [2 + 1, −2 − 2] = [3, −4] → θ = [0.85, −1.84]
    const hp = { ...HP, weightDecay: 1 };
    expectClose(run(rmsprop, hp, [1, -2], [[2, -2]]).param, [0.85, -1.84]);
  });

  describe('plain', () => commonChecks(rmsprop, { ...rmsprop.defaults, weightDecay: 0.05 }));
  describe('momentum', () =>
    commonChecks(rmsprop, { ...rmsprop.defaults, momentum: 0.9, weightDecay: 0.05 }));
});

import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../../src/engine/optimizers';
import { commonChecks, expectClose, run } from './run';

const { adadelta } = OPTIMIZERS;

describe('adadelta', () => {
  it('has the contract defaults, in the contract order', () => {
    expect(adadelta.defaults).toStrictEqual({ lr: 1, rho: 0.9, eps: 1e-6, weightDecay: 0 });
    expect(Object.keys(adadelta.defaults)).toEqual(['lr', 'rho', 'eps', 'weightDecay']);
  });

  it('scales g by √(u + eps)/√(v + eps), then by lr', () => {
    // lr 0.5, rho 0.75, eps 0.09 (√ = 0.3), θ = [1, −2]
    // step 1, g = [0.8, −0.8]:
    //   v = 0.25·0.64 = [0.16, 0.16];  √(v + eps) = √0.25 = 0.5
    //   Δ = 0.3/0.5·g = [0.48, −0.48]; u = 0.25·0.2304 = [0.0576, 0.0576]
    //   θ = [1 − 0.5·0.48, −2 + 0.5·0.48] = [0.76, −1.76]
    // step 2, g = [0.4, 0]:
    //   v = [0.75·0.16 + 0.25·0.16, 0.75·0.16] = [0.16, 0.12]
    //   Δ₀ = √(0.0576 + 0.09)/√0.25·0.4 = 0.8·√0.1476 = 0.30734996339677…; Δ₁ = 0
    //   u = [0.75·0.0576 + 0.25·0.64·0.1476, 0.75·0.0576] = [0.066816, 0.0432]
    //   θ = [0.76 − 0.5·0.30734996339677, −1.76] = [0.60632501830161…, −1.76]
    const hp = { lr: 0.5, rho: 0.75, eps: 0.09, weightDecay: 0 };
    const first = run(adadelta, hp, [1, -2], [[0.8, -0.8]]);
    expectClose(first.param, [0.76, -1.76]);
    expectClose(first.state.accDelta, [0.0576, 0.0576]);
    const { param, state } = run(
      adadelta,
      hp,
      [1, -2],
      [
        [0.8, -0.8],
        [0.4, 0],
      ],
    );
    expectClose(param, [0.6063250183016, -1.76]);
    expectClose(state.squareAvg, [0.16, 0.12]);
    expectClose(state.accDelta, [0.066816, 0.0432]);
  });

  it('adds weight decay to the gradient first', () => {
    // weightDecay 0.2, θ = [1, −2], g = [0.6, −0.4]: g' = [0.6 + 0.2, −0.4 − 0.4] = [0.8, −0.8]
    // then as step 1 above: θ = [0.76, −1.76]
    const hp = { lr: 0.5, rho: 0.75, eps: 0.09, weightDecay: 0.2 };
    expectClose(run(adadelta, hp, [1, -2], [[0.6, -0.4]]).param, [0.76, -1.76]);
  });

  commonChecks(adadelta, { ...adadelta.defaults, weightDecay: 0.05 });
});

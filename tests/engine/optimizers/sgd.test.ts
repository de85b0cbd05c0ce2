import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../../src/engine/optimizers';
import { commonChecks, expectClose, run } from './run';

const { sgd, momentum, nesterov } = OPTIMIZERS;

describe('sgd', () => {
  it('has the contract defaults, in the contract order', () => {
    expect(sgd.defaults).toStrictEqual({ lr: 0.01, momentum: 0, nesterov: false, weightDecay: 0 });
    expect(momentum.defaults).toStrictEqual({
      lr: 0.01,
      momentum: 0.9,
      nesterov: false,
      weightDecay: 0,
    });
    expect(nesterov.defaults).toStrictEqual({
      lr: 0.01,
      momentum: 0.9,
      nesterov: true,
      weightDecay: 0,
    });
    for (const rule of [sgd, momentum, nesterov]) {
      expect(Object.keys(rule.defaults)).toEqual(['lr', 'momentum', 'nesterov', 'weightDecay']);
    }
  });

  it('takes plain steps θ ← θ − lr·g', () => {
    // lr 0.1, θ = [1, −2]
    // step 1, g = [0.5, 1]:  θ = [1 − 0.05, −2 − 0.1]      = [0.95, −2.1]
    // step 2, g = [−1, 0.5]: θ = [0.95 + 0.1, −2.1 − 0.05] = [1.05, −2.15]
    const hp = { ...sgd.defaults, lr: 0.1 };
    const { param } = run(
      sgd,
      hp,
      [1, -2],
      [
        [0.5, 1],
        [-1, 0.5],
      ],
    );
    expectClose(param, [1.05, -2.15]);
  });

  it('adds weight decay to the gradient first', () => {
    // lr 0.1, weightDecay 0.1, θ = [1, −2], g = [0.5, 1]
    // g' = g + 0.1·θ = [0.6, 0.8];  θ = [1 − 0.06, −2 − 0.08] = [0.94, −2.08]
    const hp = { ...sgd.defaults, lr: 0.1, weightDecay: 0.1 };
    expectClose(run(sgd, hp, [1, -2], [[0.5, 1]]).param, [0.94, -2.08]);
  });

  it('with momentum: the first step sets b = g, then b ← momentum·b + g', () => {
    // lr 0.1, momentum 0.9, θ = [1, −2]
    // step 1, g = [1, 2]:  b = g = [1, 2];                θ = [1 − 0.1, −2 − 0.2]       = [0.9, −2.2]
    // step 2, g = [1, −1]: b = 0.9·[1, 2] + g = [1.9, 0.8]; θ = [0.9 − 0.19, −2.2 − 0.08] = [0.71, −2.28]
    // step 3, g = [0, 0]:  b = 0.9·[1.9, 0.8] = [1.71, 0.72]; θ = [0.71 − 0.171, −2.28 − 0.072] = [0.539, −2.352]
    const hp = { ...momentum.defaults, lr: 0.1 };
    const grads = [
      [1, 2],
      [1, -1],
      [0, 0],
    ];
    expectClose(run(momentum, hp, [1, -2], grads.slice(0, 1)).param, [0.9, -2.2]);
    const { param, state } = run(momentum, hp, [1, -2], grads);
    expectClose(param, [0.539, -2.352]);
    expectClose(state.momentumBuffer, [1.71, 0.72]);
  });

  it('with momentum and weight decay: the buffer accumulates the decayed gradient', () => {
    // lr 0.1, momentum 0.9, weightDecay 0.1, θ = [1, −2], g = [0.5, 1] twice
    // step 1: g' = [0.5 + 0.1, 1 − 0.2] = [0.6, 0.8]; b = [0.6, 0.8]; θ = [0.94, −2.08]
    // step 2: g' = [0.5 + 0.094, 1 − 0.208] = [0.594, 0.792]
    //         b = [0.54 + 0.594, 0.72 + 0.792] = [1.134, 1.512]
    //         θ = [0.94 − 0.1134, −2.08 − 0.1512] = [0.8266, −2.2312]
    const hp = { ...momentum.defaults, lr: 0.1, weightDecay: 0.1 };
    const { param } = run(
      momentum,
      hp,
      [1, -2],
      [
        [0.5, 1],
        [0.5, 1],
      ],
    );
    expectClose(param, [0.8266, -2.2312]);
  });

  it('with Nesterov: d = g + momentum·b', () => {
    // lr 0.1, momentum 0.9, θ = [1, −2]
    // step 1, g = [1, 2]:  b = [1, 2];     d = [1 + 0.9, 2 + 1.8]    = [1.9, 3.8]
    //                      θ = [1 − 0.19, −2 − 0.38] = [0.81, −2.38]
    // step 2, g = [1, −1]: b = [1.9, 0.8]; d = [1 + 1.71, −1 + 0.72] = [2.71, −0.28]
    //                      θ = [0.81 − 0.271, −2.38 + 0.028] = [0.539, −2.352]
    const hp = { ...nesterov.defaults, lr: 0.1 };
    expectClose(run(nesterov, hp, [1, -2], [[1, 2]]).param, [0.81, -2.38]);
    expectClose(
      run(
        nesterov,
        hp,
        [1, -2],
        [
          [1, 2],
          [1, -1],
        ],
      ).param,
      [0.539, -2.352],
    );
  });

  it('with momentum 0, Nesterov and momentum rows are plain SGD', () => {
    const grads = [
      [0.5, 1],
      [-1, 0.5],
    ];
    for (const rule of [momentum, nesterov]) {
      const hp = { ...rule.defaults, lr: 0.1, momentum: 0 };
      expectClose(run(rule, hp, [1, -2], grads).param, [1.05, -2.15]);
    }
  });

  describe('plain', () => commonChecks(sgd, { ...sgd.defaults, weightDecay: 0.05 }));
  describe('momentum', () => commonChecks(momentum, { ...momentum.defaults, weightDecay: 0.05 }));
  describe('nesterov', () => commonChecks(nesterov, { ...nesterov.defaults, weightDecay: 0.05 }));
});

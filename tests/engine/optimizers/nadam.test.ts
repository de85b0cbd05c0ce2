import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../../src/engine/optimizers';
import { commonChecks, expectClose, run } from './run';

const { nadam } = OPTIMIZERS;

// The Adam test's numbers (beta1 0.5, beta2 0.75, eps 1), and momentumDecay 0, which
// freezes the schedule: μₜ = 0.5·(1 − ½·0.96⁰) = 0.25 for every t, so Πₜ = 0.25ᵗ.
const HP = { lr: 0.1, beta1: 0.5, beta2: 0.75, eps: 1, weightDecay: 0, momentumDecay: 0 };

describe('nadam', () => {
  it("has torch.optim.NAdam's defaults, in the contract order", () => {
    expect(nadam.defaults).toStrictEqual({
      lr: 0.002,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
      weightDecay: 0,
      momentumDecay: 0.004,
    });
    expect(Object.keys(nadam.defaults)).toEqual([
      'lr',
      'beta1',
      'beta2',
      'eps',
      'weightDecay',
      'momentumDecay',
    ]);
  });

  it('steps along g and along the momentum one step ahead, each with its own scale', () => {
    // θ = [1, −2]
    // step 1, g = [3, −4]: m = [1.5, −2]; v = [2.25, 4]; d = √(v/(1 − 0.75)) + 1 = [4, 5]
    //   Π₁ = 0.25; g's scale lr·(1 − μ₁)/(1 − Π₁) = 0.1·0.75/0.75 = 0.1
    //   m's scale lr·μ₂/(1 − Π₁·μ₂) = 0.025/0.9375 = 2/75
    //   θ = [1 − 0.1·3/4 − (2/75)·1.5/4, −2 + 0.1·4/5 + (2/75)·2/5] = [0.915, −1.909333…]
    // step 2, g = [−3, 4]: m = [−0.75, 1]; v = [3.9375, 7]; d = √(v/0.4375) + 1 = [4, 5]
    //   Π₂ = 0.0625; g's scale 0.1·0.75/0.9375 = 0.08; m's scale 0.025/0.984375 = 1.6/63
    //   θ = [0.915 + 0.08·3/4 + (1.6/63)·0.75/4, −1.909333… − 0.08·4/5 − (1.6/63)/5]
    const one = run(nadam, HP, [1, -2], [[3, -4]]);
    expectClose(one.param, [0.915, -2 + 0.08 + 0.04 / 3.75]);
    expectClose(one.state.muProduct, [0.25]);
    const { param, state } = run(
      nadam,
      HP,
      [1, -2],
      [
        [3, -4],
        [-3, 4],
      ],
    );
    expectClose(param, [
      0.915 + 0.06 + (1.6 / 63) * 0.1875,
      -2 + 0.08 + 0.04 / 3.75 - 0.064 - 1.6 / 63 / 5,
    ]);
    expectClose(state.expAvg, [-0.75, 1]);
    expectClose(state.expAvgSq, [3.9375, 7]);
    expectClose(state.muProduct, [0.0625]);
  });

  it('warms the momentum up by μₜ = β₁·(1 − ½·0.96^(t·momentumDecay))', () => {
    // With the defaults, from θ = 0 with g = 1 (eps is negligible: d = √(0.001/0.001) = 1):
    //   μ₁ = 0.9·(1 − ½·0.96^0.004) ≈ 0.45007, μ₂ = 0.9·(1 − ½·0.96^0.008) ≈ 0.45015
    //   θ = −lr·(1 − μ₁)/(1 − μ₁)·1 − lr·μ₂/(1 − μ₁·μ₂)·0.1
    const mu = (t: number) => 0.9 * (1 - 0.5 * 0.96 ** (t * 0.004));
    const [mu1, mu2] = [mu(1), mu(2)];
    expect(mu1).toBeCloseTo(0.450073, 6);
    const expected = -0.002 - (0.002 * mu2 * 0.1) / (1 - mu1 * mu2);
    const { param } = run(nadam, { ...nadam.defaults }, [0], [[1]]);
    expectClose(param, [expected], 10);
  });

  it('adds weight decay to the gradient first (coupled, as torch without decoupled_weight_decay)', () => {
    // weightDecay 1, θ = [1, −2], g = [2, −2]: g' = [3, −4]; then as step 1 above
    const hp = { ...HP, weightDecay: 1 };
    expectClose(run(nadam, hp, [1, -2], [[2, -2]]).param, [0.915, -2 + 0.08 + 0.04 / 3.75]);
  });

  commonChecks(nadam, { ...nadam.defaults, lr: 0.01, weightDecay: 0.05 }, { muProduct: 1 });
});

import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../../src/engine/optimizers';
import { allocate } from '../../../src/engine/matrix';
import { commonChecks, expectClose, run } from './run';

const { radam } = OPTIMIZERS;

// beta2 0.75: ρ∞ = 2/(1 − 0.75) − 1 = 7, so the rectified step switches on from t = 8 on
// (ρ₇ ≈ 4.84, ρ₈ ≈ 5.22), early enough to test by hand.
const HP = { lr: 0.1, beta1: 0.5, beta2: 0.75, eps: 1, weightDecay: 0 };

describe('radam', () => {
  it("has torch.optim.RAdam's defaults, in the contract order", () => {
    expect(radam.defaults).toStrictEqual({
      lr: 0.001,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
      weightDecay: 0,
    });
    expect(Object.keys(radam.defaults)).toEqual(['lr', 'beta1', 'beta2', 'eps', 'weightDecay']);
  });

  it('takes plain bias-corrected momentum steps while ρₜ ≤ 5', () => {
    // ρ₁ = ρ∞ − 2·β₂/(1 − β₂) = 1 for any β₂, so the first step is θ − lr·m̂ with m̂ = g.
    // θ = [1, −2], g = [3, −4]: θ = [1 − 0.3, −2 + 0.4] = [0.7, −1.6]
    // step 2, g = [−3, 4]: m = [0.75 − 1.5, −1 + 2] = [−0.75, 1]; m̂ = m/0.75 = [−1, 4/3]
    //   ρ₂ = 7 − 4·0.5625/0.4375 ≈ 1.857 ≤ 5: θ = [0.7 + 0.1, −1.6 − 0.4/3]
    expectClose(run(radam, HP, [1, -2], [[3, -4]]).param, [0.7, -1.6]);
    const { param, state } = run(
      radam,
      HP,
      [1, -2],
      [
        [3, -4],
        [-3, 4],
      ],
    );
    expectClose(param, [0.8, -1.6 - 0.4 / 3]);
    expectClose(state.expAvg, [-0.75, 1]);
    expectClose(state.expAvgSq, [3.9375, 7]);
  });

  it('rectifies the adaptive step once ρₜ > 5', () => {
    // At t = 10 from m = v = 0 with g = 2: m = 1, v = 1, m̂ = 1/(1 − 0.5¹⁰) = 1024/1023
    //   β₂¹⁰ = 0.75¹⁰ ≈ 0.0563135, 1 − β₂¹⁰ ≈ 0.9436865
    //   ρ₁₀ = 7 − 20·0.0563135/0.9436865 ≈ 5.806521
    //   r = √((ρ − 4)(ρ − 2)·7 / ((7 − 4)(7 − 2)·ρ)) ≈ 0.743414
    //   θ = 0 − 0.1·m̂·r·√(1 − β₂¹⁰)/(√1 + 1) ≈ −0.0361442
    const b2t = 0.75 ** 10;
    const rho = 7 - (20 * b2t) / (1 - b2t);
    expect(rho).toBeCloseTo(5.806521, 5);
    const r = Math.sqrt(((rho - 4) * (rho - 2) * 7) / (3 * 5 * rho));
    expect(r).toBeCloseTo(0.743414, 5);
    const param = allocate('float64', 1);
    const state = radam.init(1, 'float64');
    radam.update(param, Float64Array.of(2), state, HP, 10);
    const expected = (-0.1 * (1024 / 1023) * r * Math.sqrt(1 - b2t)) / 2;
    expect(expected).toBeCloseTo(-0.0361442, 6);
    expectClose(param, [expected]);
    // At t = 7, ρ₇ ≈ 4.84 ≤ 5: the plain step −lr·m̂ = −0.1·1/(1 − 0.5⁷).
    const early = allocate('float64', 1);
    radam.update(early, Float64Array.of(2), radam.init(1, 'float64'), HP, 7);
    expectClose(early, [-0.1 / (1 - 0.5 ** 7)]);
  });

  it('adds weight decay to the gradient first (coupled)', () => {
    // weightDecay 1, θ = [1, −2], g = [2, −2]: g' = [3, −4]; then as step 1: [0.7, −1.6]
    expectClose(run(radam, { ...HP, weightDecay: 1 }, [1, -2], [[2, -2]]).param, [0.7, -1.6]);
  });

  commonChecks(radam, { ...radam.defaults, lr: 0.01, weightDecay: 0.05 });
});

// Each activation as the engine computes it (engine/activations.ts), the function and its
// derivative side by side as the engine's table keeps them: backpropagation multiplies by
// f′, which is why sigmoid's f′ ≤ 1/4 matters. One row per activation name.
import type { ActivationName } from '../../spec/types';
import { bind, formula, type Formula } from './formula';

/** PyTorch's defaults, as the engine uses them (a test reads the engine's functions). */
export const LEAKY_SLOPE = 0.01;
export const ELU_ALPHA = 1;

interface ActivationRow {
  f: string;
  df: string;
  /** Its constants, and for softmax the number of values it runs over. */
  where?(units: number): string[];
}

const cases = (positive: string, negative: string) =>
  String.raw`\begin{cases} ${positive} & z > 0 \\ ${negative} & z \le 0 \end{cases}`;

export const ACTIVATION_FORMULAS: Record<ActivationName, ActivationRow> = {
  linear: { f: 'f(z) = z', df: "f'(z) = 1" },
  relu: { f: String.raw`f(z) = \max(0,\, z)`, df: `f'(z) = ${cases('1', '0')}` },
  leaky_relu: {
    f: `f(z) = ${cases('z', String.raw`${LEAKY_SLOPE}\, z`)}`,
    df: `f'(z) = ${cases('1', String(LEAKY_SLOPE))}`,
  },
  elu: {
    f: `f(z) = ${cases('z', String.raw`\alpha\,(e^{z} - 1)`)}`,
    df: `f'(z) = ${cases('1', String.raw`f(z) + \alpha`)}`,
    where: () => [bind(String.raw`\alpha`, ELU_ALPHA)],
  },
  gelu: {
    // The exact form with erf (PyTorch's default), not the tanh approximation.
    f: String.raw`f(z) = z\, \Phi(z) = \dfrac{z}{2} \Bigl(1 + \operatorname{erf} \dfrac{z}{\sqrt{2}}\Bigr)`,
    df: String.raw`f'(z) = \Phi(z) + \dfrac{z}{\sqrt{2\pi}}\, e^{-z^2/2}`,
  },
  sigmoid: {
    f: String.raw`f(z) = \sigma(z) = \dfrac{1}{1 + e^{-z}}`,
    df: String.raw`f'(z) = f(z)\,\bigl(1 - f(z)\bigr) \le \tfrac14`,
  },
  tanh: {
    f: String.raw`f(z) = \tanh z = \dfrac{e^{z} - e^{-z}}{e^{z} + e^{-z}}`,
    df: String.raw`f'(z) = 1 - f(z)^2`,
  },
  softmax: {
    f: String.raw`f(z)_k = \dfrac{e^{z_k}}{\sum_{j=1}^{K} e^{z_j}}`,
    df: String.raw`\dfrac{\partial f_k}{\partial z_j} = f_k\,(\delta_{kj} - f_j)`,
    where: (units) => [bind('K', units)],
  },
};

/** `name` over a layer of `units` values: f, then f′ (its line worded "its slope"). */
export function activationFormula(name: ActivationName, units: number): Formula {
  const row = ACTIVATION_FORMULAS[name];
  return formula([row.f, { tex: row.df, when: 'formulas.when.slope' }], row.where?.(units) ?? []);
}

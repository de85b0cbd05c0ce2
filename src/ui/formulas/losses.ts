// Each loss as the engine computes it (engine/losses.ts): a mean over the minibatch, and for
// BCE and MSE over the outputs too; cross-entropy and BCE read the logits z of the output
// layer's softmax or sigmoid (fused, so the gradient at z is the famous p − t). With the
// batch size, the outputs and the L1/L2 penalties of the training settings bound in.
import type { LossName } from '../../spec/types';
import { bind, formula, type Formula, type FormulaLine } from './formula';

export interface LossContext {
  /** N: the batch size (the last minibatch of an epoch may be smaller). */
  batch: number;
  /** K: the network's outputs. */
  outputs: number;
  /** training.l1 and training.l2. */
  l1: number;
  l2: number;
}

const MEAN_NK = String.raw`\dfrac{1}{NK} \sum_{i=1}^{N} \sum_{k=1}^{K}`;

const LOSS_LINES: Record<LossName, (string | FormulaLine)[]> = {
  cross_entropy: [
    String.raw`L = -\dfrac{1}{N} \sum_{i=1}^{N} \sum_{k=1}^{K} t_{ik} \log p_{ik}`,
    String.raw`p_i = \operatorname{softmax}(z_i)`,
    {
      tex: String.raw`\dfrac{\partial L}{\partial z_{ik}} = \dfrac{p_{ik} - t_{ik}}{N}`,
      when: 'formulas.when.gradient',
    },
  ],
  bce: [
    String.raw`L = -${MEAN_NK} \bigl[t_{ik} \log p_{ik} + (1 - t_{ik}) \log (1 - p_{ik})\bigr]`,
    String.raw`p_{ik} = \sigma(z_{ik})`,
    {
      tex: String.raw`\dfrac{\partial L}{\partial z_{ik}} = \dfrac{p_{ik} - t_{ik}}{NK}`,
      when: 'formulas.when.gradient',
    },
  ],
  mse: [
    String.raw`L = ${MEAN_NK} (y_{ik} - t_{ik})^2`,
    {
      tex: String.raw`\dfrac{\partial L}{\partial y_{ik}} = \dfrac{2\,(y_{ik} - t_{ik})}{NK}`,
      when: 'formulas.when.gradient',
    },
  ],
};

/**
 * The loss minimised: `loss` over a minibatch, plus the penalties on the weights when the
 * training settings add them (the engine adds λ₁·sign(w) + 2λ₂·w to each weight's gradient,
 * which is the gradient of these two terms).
 */
export function lossFormula(loss: LossName, c: LossContext): Formula {
  const lines = [...LOSS_LINES[loss]];
  const where = [bind('N', c.batch), bind('K', c.outputs)];
  const terms: string[] = [];
  if (c.l1 !== 0) {
    terms.push(String.raw`\lambda_1 \sum_w |w|`);
    where.push(bind(String.raw`\lambda_1`, c.l1));
  }
  if (c.l2 !== 0) {
    terms.push(String.raw`\lambda_2 \sum_w w^2`);
    where.push(bind(String.raw`\lambda_2`, c.l2));
  }
  if (terms.length > 0) {
    lines.push({ tex: String.raw`L + ${terms.join(' + ')}`, when: 'formulas.when.penalties' });
  }
  return formula(lines, where, [{ key: 'formulas.note.batch' }]);
}

// The glass box's pure parts: the stages of a real step (the engine's, in Node), how numbers
// are written, and the optimizers' rules written with a weight's numbers, whose last line
// must give the engine's own result.
import { describe, expect, it } from 'vitest';
import { glassStep } from '../../../src/engine/glass/step';
import { Trainer } from '../../../src/engine/train';
import type { OptimizerSpec } from '../../../src/spec/types';
import { factor, largest, num } from '../../../src/ui/glass/numbers';
import { RULES } from '../../../src/ui/glass/rules';
import { glassStages } from '../../../src/ui/glass/stages';
import { experiment, xorData, XOR_NET } from '../../engine/fixtures';

function stepWith(optimizer: Partial<OptimizerSpec>, weightDecay = 0, steps = 2) {
  const exp = experiment(XOR_NET, { ...optimizer, weightDecay } as Partial<OptimizerSpec>);
  const trainer = new Trainer(exp, { train: xorData(32), validation: null });
  for (let k = 0; k < steps; k++) trainer.trainStep();
  const t = trainer.targets.train;
  const { x, features, labels } = trainer.data.train;
  return glassStep(trainer, {
    x: x.slice(0, features),
    target: t.data.slice(0, t.cols),
    label: labels![0],
    trainIndex: 0,
  });
}

/** A line's arithmetic ("0.1409 − 0.01 × (−0.5) / (0.002 + 1.00e−8)"), evaluated. */
function evaluate(arithmetic: string): number {
  const js = arithmetic.replace(/−/g, '-').replace(/×/g, '*');
  expect(js).toMatch(/^[\d\s.e()+\-*/]+$/);
  return Function(`return ${js}`)() as number;
}

describe('the glass box, in the page', () => {
  it('walks the sample, every primitive forward, the loss, every one back, and the update', () => {
    const trace = stepWith({ name: 'adam', lr: 0.01 });
    // dense, tanh, dense, softmax (fused with the loss).
    expect(glassStages(trace)).toEqual([
      { part: 'input' },
      ...[0, 1, 2, 3].map((primitive) => ({ part: 'forward', primitive })),
      { part: 'loss' },
      ...[3, 2, 1, 0].map((primitive) => ({ part: 'backward', primitive })),
      { part: 'update' },
    ]);
  });

  it('writes numbers to four digits, a negative factor in parentheses', () => {
    expect([num(0.123456), num(-2.5), num(0), num(1.5e-5), num(123456)]).toEqual([
      '0.1235',
      '−2.5',
      '0',
      '1.50e−5',
      '1.23e5',
    ]);
    expect([factor(-0.5), factor(0.5)]).toEqual(['(−0.5)', '0.5']);
    expect(largest([0.1, -3, 2, 0.5], 2)).toEqual([1, 2]);
  });

  for (const [name, fields, steps = 2] of [
    ['sgd', {}],
    ['momentum', { momentum: 0.9 }],
    ['nesterov', { momentum: 0.9, nesterov: true }],
    ['adam', {}],
    ['adamw', {}],
    ['rmsprop', {}],
    ['rmsprop', { momentum: 0.9 }],
    ['adagrad', {}],
    ['adadelta', { lr: 1 }],
    ['nadam', {}],
    ['radam', {}],
    ['radam', {}, 8], // past ρₜ > 5: the rectified adaptive step
  ] as const) {
    it(`writes ${name}'s rule ${JSON.stringify(fields)} at step ${steps + 1}, whose last line gives the engine's weight after`, () => {
      const trace = stepWith({ name, lr: 0.05, ...fields }, 0.01, steps);
      const step = trace.update.params[0][0];
      for (const index of [0, 3, 7]) {
        const lines = RULES[name]({
          g: step.gradient[index],
          before: step.before[index],
          after: step.after[index],
          state: Object.fromEntries(
            Object.entries(step.state).map(([k, s]) => {
              const at = s.before.length === 1 ? 0 : index; // NAdam's Πₜ: one number
              return [k, { before: s.before[at], after: s.after[at] }];
            }),
          ),
          hp: trace.update.hyperparameters,
          t: trace.update.step,
        })!;
        // Its weight decay is written (L2 into g, or AdamW's shrink).
        expect(lines.join('\n')).toMatch(name === 'adamw' ? /1 − lr·λ/ : /g′ = g \+ λθ/);
        const theta = lines.at(-1)!;
        expect(theta.startsWith('θ ← ')).toBe(true);
        // The arithmetic written (four digits a factor) gives the engine's weight after.
        const [, arithmetic, result] = theta.split(' = ');
        expect(evaluate(arithmetic)).toBeCloseTo(step.after[index], 3);
        expect(evaluate(result)).toBeCloseTo(step.after[index], 3);
      }
    });
  }
});

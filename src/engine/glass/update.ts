// The glass box's update: what the run's optimizer would do with the minibatch's gradient,
// for every weight. The rule is the run's own (engine/optimizers), applied to copies of the
// weights and of the optimizer's state, with the step number and the scheduled learning rate
// the run's next step would use.
import type { GlassStep, GlassUpdate } from '../../spec/protocol/glass';
import type { Model } from '../model';
import type { Hyperparameters } from '../optimizers/optimizer';
import { addPenalties, type Trainer } from '../train';

/**
 * `model` is the glass box's copy of the run's network after its minibatch's backward pass:
 * its gradients are the minibatch's. Adds the L1/L2 penalties to them, as the run does.
 */
export function glassUpdate(trainer: Trainer, model: Model): GlassUpdate {
  addPenalties(model.params, trainer.experiment.training);
  const step = trainer.step + 1;
  const applied: Hyperparameters = { ...trainer.hyperparameters, lr: trainer.learningRate };
  const hyperparameters: Record<string, number | boolean> = {};
  for (const [name, value] of Object.entries(applied)) {
    if (typeof value === 'number' || typeof value === 'boolean') hyperparameters[name] = value;
  }
  let k = 0;
  const params = model.layers.map((layer) =>
    layer.params.map((p): GlassStep => {
      const runState = trainer.states[k++];
      const state = Object.fromEntries(
        Object.entries(runState).map(([name, values]) => [name, values.slice()]),
      );
      const after = p.value.slice();
      trainer.rule.update(after, p.grad, state, applied, step);
      return {
        gradient: p.grad.slice(),
        before: p.value.slice(),
        after,
        state: Object.fromEntries(
          Object.entries(runState).map(([name, values]) => [
            name,
            { before: values.slice(), after: state[name] },
          ]),
        ),
      };
    }),
  );
  return { optimizer: trainer.experiment.optimizer.name, step, hyperparameters, params };
}

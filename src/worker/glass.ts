// The glass box's sample, from what the page picked (a point of the data, or a drawn or
// chosen input with the class it should be, or for a colour the class its name gives) to
// what the engine's glass step takes: the input normalised as the run's data is, and the
// target its loss compares with.
import { nearestColor } from '../engine/data/generators/colors';
import type { GlassSample } from '../engine/glass/step';
import type { PreparedData } from '../engine/prepare';
import type { Trainer } from '../engine/train';
import type { Message } from '../spec/message';
import type { GlassRequest } from '../spec/protocol/glass';

/**
 * The class the data's own rule gives a drawn input, where there is one: a colour's name is
 * the nearest of the set's colours (the generator's rule); null elsewhere.
 */
function ruleLabel(trainer: Trainer, input: ArrayLike<number>): number | null {
  const { data } = trainer.experiment;
  if (data.kind !== 'colors' || input.length !== 3) return null;
  return nearestColor(input[0], input[1], input[2], data.classes);
}

export function glassSample(
  trainer: Trainer,
  data: PreparedData,
  { choice, label }: GlassRequest,
): GlassSample | Message {
  const { features } = data.train;
  const outputs = trainer.model.outputs;
  if (choice.kind === 'drawn') {
    if (choice.input.length !== features) {
      return { key: 'worker.glassInput', vars: { given: choice.input.length, features } };
    }
    const classes = data.train.classes;
    label ??= ruleLabel(trainer, choice.input);
    if (data.train.labels === null || label === null || !(label >= 0 && label < classes)) {
      return { key: 'worker.glassLabel', vars: { classes } };
    }
    const target = new Float32Array(outputs);
    if (outputs === 1) target[0] = label;
    else target[label] = 1;
    return { x: data.normalizer.rows(choice.input), target, label, trainIndex: null };
  }
  const training = choice.part === 'training';
  const part = training ? data.train : data.validation;
  const targets = training ? trainer.targets.train : trainer.targets.validation;
  const i = choice.index;
  if (part === null || targets === null || !(Number.isInteger(i) && i >= 0 && i < part.n)) {
    return { key: 'worker.glassSample', vars: {} };
  }
  return {
    x: part.x.slice(i * features, (i + 1) * features),
    target: targets.data.slice(i * outputs, (i + 1) * outputs),
    label: part.labels === null ? null : part.labels[i],
    trainIndex: training ? i : null,
  };
}

// The glass box's sample, from what the page picked (a point of the data, or a drawn or
// chosen input with the class it should be) to what the engine's glass step takes: the
// input normalised as the run's data is, and the target its loss compares with.
import type { GlassSample } from '../engine/glass/step';
import type { PreparedData } from '../engine/prepare';
import type { Trainer } from '../engine/train';
import type { Message } from '../spec/message';
import type { GlassRequest } from '../spec/protocol/glass';

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

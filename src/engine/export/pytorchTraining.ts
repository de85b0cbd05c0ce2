// How the exported script trains: the loss (with its targets and the prediction accuracy
// reads), the L1/L2 penalties, the optimizer and the learning-rate schedule, each mapped
// onto its torch counterpart with the same numbers.
import type { Experiment, OptimizerSpec, ScheduleSpec } from '../../spec/types';
import { optimizerEntry } from '../../spec/catalog/optimizers';
import { OPTIMIZERS } from '../optimizers';
import { comment, floatLiteral } from './python';
import type { TorchNetwork } from './pytorchModel';

/** The torch.optim constructor, every field filled in (validation already did): the rule's own. */
export function optimizerLines(spec: OptimizerSpec): string[] {
  const { name, ...fields } = { ...optimizerEntry(spec.name).defaults, ...spec };
  return OPTIMIZERS[spec.name].torch(fields);
}

/**
 * The schedule as a torch.optim.lr_scheduler, stepped after each epoch as Descent changes
 * the rate between epochs. torch's schedulers update the rate recursively; their closed
 * forms are the formulas Descent evaluates (src/engine/schedules.ts). No lines for a
 * constant rate.
 */
export function schedulerLines(schedule: ScheduleSpec): string[] {
  const x = floatLiteral;
  switch (schedule.name) {
    case 'constant':
      return [];
    case 'step':
      return [
        '# lr * gamma ** (epoch // step_size), epochs counted from 0.',
        `scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=${schedule.stepSize}, gamma=${x(schedule.gamma)})`,
      ];
    case 'exponential':
      return [
        '# lr * gamma ** epoch, epochs counted from 0.',
        `scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=${x(schedule.gamma)})`,
      ];
    case 'cosine':
      return [
        '# eta_min + (lr - eta_min) * (1 + cos(pi * epoch / T_max)) / 2, epochs counted from 0.',
        `scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=${schedule.tMax}, eta_min=${x(schedule.etaMin)})`,
      ];
  }
}

/**
 * The loss, how a set's labels become its targets (`targets_of`) and how outputs become
 * predicted classes (`predict`, for accuracy). Descent's losses are means over the batch,
 * MSE and BCE also over the outputs: torch's `reduction='mean'`.
 */
export function lossLines(experiment: Experiment, network: TorchNetwork): string[] {
  const { loss } = experiment.model;
  const outputs = network.outputs;
  const lines: string[] = [];
  if (loss === 'cross_entropy') {
    lines.push(
      '# Softmax cross-entropy on the logits, mean over the batch.',
      'loss_fn = nn.CrossEntropyLoss()',
      '',
      '',
      'def targets_of(labels):',
      '    return labels',
      '',
      '',
      'def predict(out):',
      '    return out.argmax(dim=1)',
    );
  } else if (loss === 'bce') {
    lines.push(
      '# Binary cross-entropy on the logit (stable form), mean over the batch.',
      'loss_fn = nn.BCEWithLogitsLoss()',
      '',
      '',
      'def targets_of(labels):',
      '    return labels.float().unsqueeze(1)',
      '',
      '',
      'def predict(out):',
      '    return (torch.sigmoid(out) >= 0.5).long().squeeze(1)',
    );
  } else {
    lines.push(
      '# Squared error, mean over the batch and the outputs.',
      'loss_fn = nn.MSELoss()',
      '',
      '',
      'def targets_of(labels):',
      outputs === 1
        ? '    return labels.float().unsqueeze(1)  # one output: the label itself'
        : `    return nn.functional.one_hot(labels, ${outputs}).float()  # one output per class`,
      '',
      '',
      'def predict(out):',
      outputs === 1 ? '    return (out >= 0.5).long().squeeze(1)' : '    return out.argmax(dim=1)',
    );
  }
  return lines;
}

/**
 * L1/L2 on the dense weights (not biases). Descent adds l1·sign(w) + 2·l2·w to their
 * gradient before each step: the gradient of l1·Σ|w| + l2·Σw², added here to the loss
 * that is backpropagated (not to the one printed). No lines without penalties.
 */
export function penaltyLines(experiment: Experiment, network: TorchNetwork): string[] {
  const { l1, l2 } = experiment.training;
  const dense = network.modules.flatMap((m) =>
    (m.penalized ?? []).map((tensor) => `model.${m.name}.${tensor}`),
  );
  if (l1 === 0 && l2 === 0) return [];
  const terms: string[] = [];
  if (l1 !== 0) terms.push(`${floatLiteral(l1)} * w.abs().sum()`);
  if (l2 !== 0) terms.push(`${floatLiteral(l2)} * (w * w).sum()`);
  return [
    '',
    '',
    ...comment(
      `Descent's penalties on the dense weights (not the biases): it adds ${l1 !== 0 ? 'l1*sign(w)' : ''}${l1 !== 0 && l2 !== 0 ? ' + ' : ''}${l2 !== 0 ? '2*l2*w' : ''} to their gradients before each step, the gradient of this term. The losses printed leave it out.`,
    ),
    `PENALIZED = [${dense.join(', ')}]`,
    '',
    '',
    'def penalty():',
    `    return sum(${terms.join(' + ')} for w in PENALIZED)`,
  ];
}

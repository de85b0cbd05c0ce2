// How the exported script trains: the loss (with its targets and the prediction accuracy
// reads), the L1/L2 penalties, the optimizer and the learning-rate schedule, each mapped
// onto its torch counterpart with the same numbers.
import type { Experiment, OptimizerSpec, ScheduleSpec } from '../../spec/types';
import { OPTIMIZERS } from '../optimizers';
import { boolLiteral, comment, floatLiteral } from './python';
import type { TorchNetwork } from './pytorchModel';

/** Every field of the named optimizer, defaults filled in (validation already did). */
function fields(spec: OptimizerSpec): Required<Omit<OptimizerSpec, 'name'>> {
  return { ...OPTIMIZERS[spec.name].defaults, ...spec } as Required<Omit<OptimizerSpec, 'name'>>;
}

/** The torch.optim constructor, with a comment on how the rule maps. */
export function optimizerLines(spec: OptimizerSpec): string[] {
  const f = fields(spec);
  const x = floatLiteral;
  const wd = `weight_decay=${x(f.weightDecay)}`;
  switch (spec.name) {
    case 'sgd':
    case 'momentum':
    case 'nesterov':
      return [
        ...comment(
          f.momentum === 0
            ? `Descent's "${spec.name}": plain SGD.`
            : `Descent's "${spec.name}": SGD with dampening 0; the momentum buffer starts as the first gradient, as in torch.`,
        ),
        `optimizer = torch.optim.SGD(`,
        `    model.parameters(), lr=${x(f.lr)}, momentum=${x(f.momentum)}, nesterov=${boolLiteral(f.nesterov)}, ${wd}`,
        ')',
      ];
    case 'adagrad':
      return [
        ...comment("Descent's Adagrad has no lr decay and starts its sums at 0."),
        'optimizer = torch.optim.Adagrad(',
        `    model.parameters(), lr=${x(f.lr)}, lr_decay=0, eps=${x(f.eps)}, ${wd}, initial_accumulator_value=0`,
        ')',
      ];
    case 'adadelta':
      return [
        'optimizer = torch.optim.Adadelta(',
        `    model.parameters(), lr=${x(f.lr)}, rho=${x(f.rho)}, eps=${x(f.eps)}, ${wd}`,
        ')',
      ];
    case 'rmsprop':
      return [
        ...comment("Descent's RMSprop is not centered; eps sits outside the root, as in torch."),
        'optimizer = torch.optim.RMSprop(',
        `    model.parameters(), lr=${x(f.lr)}, alpha=${x(f.alpha)}, eps=${x(f.eps)}, momentum=${x(f.momentum)}, ${wd}, centered=False`,
        ')',
      ];
    case 'adam':
    case 'adamw':
      return [
        ...comment(
          spec.name === 'adam'
            ? "Adam without AMSGrad; weight decay is added to the gradient (Adam's L2), as in torch."
            : 'AdamW: the decoupled weight decay shrinks the weights by (1 - lr*weight_decay) before each step, as in torch.',
        ),
        `optimizer = torch.optim.${spec.name === 'adam' ? 'Adam' : 'AdamW'}(`,
        `    model.parameters(), lr=${x(f.lr)}, betas=(${x(f.beta1)}, ${x(f.beta2)}), eps=${x(f.eps)}, ${wd}, amsgrad=False`,
        ')',
      ];
  }
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
  const dense = network.modules
    .filter((m) => m.kind === 'dense')
    .map((m) => `model.${m.name}.weight`);
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

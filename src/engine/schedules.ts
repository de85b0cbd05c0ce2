// Learning-rate schedules, stepped once per epoch with the closed forms of PyTorch's
// StepLR, ExponentialLR and CosineAnnealingLR, so a schedule carries over as it is.
import type { ScheduleSpec } from '../spec/types';
import { cos, pow } from './math';

type Schedules = {
  [K in ScheduleSpec['name']]: (
    s: Extract<ScheduleSpec, { name: K }>,
    lr: number,
    epoch: number,
  ) => number;
};

export const SCHEDULES: Schedules = {
  constant: (_s, lr) => lr,
  step: (s, lr, epoch) => lr * pow(s.gamma, Math.floor(epoch / s.stepSize)),
  exponential: (s, lr, epoch) => lr * pow(s.gamma, epoch),
  cosine: (s, lr, epoch) =>
    s.etaMin + ((lr - s.etaMin) * (1 + cos((Math.PI * epoch) / s.tMax))) / 2,
};

export const SCHEDULE_LABELS: Record<ScheduleSpec['name'], string> = {
  constant: 'Constant',
  step: 'Step decay',
  exponential: 'Exponential decay',
  cosine: 'Cosine annealing',
};

/** The learning rate for epoch `epoch` (counting from 0) given the base rate. */
export function scheduledRate(schedule: ScheduleSpec, baseLr: number, epoch: number): number {
  const at = SCHEDULES[schedule.name] as (s: ScheduleSpec, lr: number, epoch: number) => number;
  return at(schedule, baseLr, epoch);
}

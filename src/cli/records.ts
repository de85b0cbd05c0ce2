// What train, compare and search print alike: an epoch's line in the contract's fields, and
// the seconds a run took.
import type { EpochResult } from '../engine/train';

/** An epoch's line: accuracy for classification, the val fields with a validation part. */
export function epochRecord(r: EpochResult): Record<string, unknown> {
  const record: Record<string, unknown> = { epoch: r.epoch, loss: r.train.loss };
  if (r.train.accuracy !== null) record.accuracy = r.train.accuracy;
  if (r.validation !== null) {
    record.valLoss = r.validation.loss;
    if (r.validation.accuracy !== null) record.valAccuracy = r.validation.accuracy;
  }
  if (r.earlyStop) record.earlyStopped = true;
  return record;
}

/** Seconds since `started` (a performance.now()), to the millisecond. */
export function elapsed(started: number): number {
  return Math.round(performance.now() - started) / 1000;
}

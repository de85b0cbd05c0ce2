// `cli compare FILE.json`: every variant in turn, on the data prepared once from the base
// experiment. Each prints `train`'s epoch lines with `"variant": k` first, then a summary.
import { prepareData } from '../engine/prepare';
import { summarizeRun, trainRun } from '../engine/runs';
import { Trainer, type EpochResult } from '../engine/train';
import { compareVariants } from '../spec/compare';
import type { CompareSpec } from '../spec/types';
import type { LineWriter } from './output';
import { readDatasetFile } from './readDatasetFile';
import { elapsed, epochRecord } from './records';

export async function runCompare(spec: CompareSpec, out: LineWriter): Promise<void> {
  const variants = compareVariants(spec);
  // One data set for all: a seed variant changes the weights and the order, not the data.
  const data = await prepareData(spec.experiment, readDatasetFile);
  variants.forEach(({ label, experiment }, variant) => {
    const started = performance.now();
    const trainer = new Trainer(experiment, data);
    const results: EpochResult[] = [];
    const end = trainRun(trainer, experiment.training.epochs, (result) => {
      results.push(result);
      out.write({ variant, ...epochRecord(result) });
    });
    // A diverging variant stops alone; the next one starts as planned.
    const diverged = end.how === 'diverged';
    if (diverged) out.write({ variant, diverged, step: end.step, epoch: end.epoch });
    const summary = { ...summarizeRun(results, diverged), seconds: elapsed(started) };
    out.write({ variant, label, summary });
    out.flush(); // each run as it ends, not when the buffer fills
  });
}

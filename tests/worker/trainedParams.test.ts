// A trained model saved and opened again: the session's current weights, put in the
// experiment's `params`, start a new session from exactly the network the first one trained.
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../src/cli/readDatasetFile';
import { prepareData } from '../../src/engine/prepare';
import { Trainer } from '../../src/engine/train';
import { parseExperiment } from '../../src/spec';
import { readExperimentFile, writeExperimentFile } from '../../src/spec/experimentFile';
import type { Snapshot } from '../../src/spec/protocol/training';
import type { Experiment, LayerParams } from '../../src/spec/types';
import type { TrainingSession } from '../../src/worker/session';
import { DIVERGING, sessionHarness } from './fixtures';

/** Batch norm too: its running statistics are part of the trained model. */
const SPIRAL = parseExperiment({
  version: 1,
  seed: 5,
  data: { kind: 'spiral', samples: 240 },
  model: {
    layers: [
      { type: 'dense', units: 12, activation: 'relu', init: 'he_uniform' },
      { type: 'batchnorm' },
      { type: 'dense', units: 2, activation: 'softmax' },
    ],
  },
  optimizer: { name: 'adam', lr: 0.02 },
  training: { batchSize: 16, epochs: 20 },
});

/** The training part's loss of `experiment`'s initial network, in evaluation mode. */
async function initialLoss(experiment: Experiment): Promise<number> {
  const data = await prepareData(experiment, readDatasetFile);
  return new Trainer(experiment, data).evaluate('train').loss;
}

describe('TrainingSession.trainedParams', () => {
  it('restores the trained network: a new session starts where the first one got to', async () => {
    const trained = sessionHarness();
    await trained.session.load(SPIRAL, 1);
    for (let i = 0; i < 6; i++) trained.session.step('epoch');
    const lastEpoch = trained.snapshots.at(-1)!.epochs.at(-1)!;
    expect(lastEpoch.epoch).toBe(6);
    const params = weights(trained.session, 1);

    // Through the file, as the page saves and opens it.
    const read = readExperimentFile(writeExperimentFile({ ...SPIRAL, params }));
    if (!read.ok) throw new Error(`the model file did not read back: ${JSON.stringify(read)}`);
    const model = read.experiment;
    expect(model.params).toEqual(params);

    // The opened model's evaluation loss is the trained one's last, to float32 rounding
    // (the numbers are the same; only the order of the sums could differ), far from the
    // untrained network's.
    const untrained = await initialLoss(SPIRAL);
    const restored = await initialLoss(model);
    expect(Math.abs(restored - lastEpoch.loss)).toBeLessThan(1e-6);
    expect(untrained - lastEpoch.loss).toBeGreaterThan(0.1);

    // A new session loaded with it holds the same weights and classifies the same way.
    const opened = sessionHarness();
    await opened.session.load(model, 1);
    expect(weights(opened.session, 1)).toEqual(params);
    const confusion = (s: Snapshot[]) =>
      Array.from(s.filter((x) => x.confusion !== null).at(-1)!.confusion!.matrix);
    expect(confusion(opened.snapshots)).toEqual(confusion(trained.snapshots));

    // Training goes on from there: its first epoch starts near the trained loss, not at the
    // untrained one (the optimizer's state starts fresh, so not exactly where it left off).
    opened.session.step('epoch');
    const first = opened.snapshots.at(-1)!.epochs[0];
    expect(first.epoch).toBe(1);
    expect(Math.abs(first.loss - lastEpoch.loss)).toBeLessThan((untrained - lastEpoch.loss) / 2);
  });

  it('refuses before a run, for another run, while a run loads and after one diverged', async () => {
    const { session, runTasks } = sessionHarness();
    const refusal = (generation: number) => {
      const answer = session.trainedParams(generation);
      return answer.ok ? null : answer.why.key;
    };
    expect(refusal(1)).toBe('worker.notLoaded');
    await session.load(SPIRAL, 1);
    expect(refusal(1)).toBeNull();
    const loading = session.load(DIVERGING, 2);
    expect(refusal(1)).toBe('worker.replaced');
    expect(refusal(2)).toBe('worker.loading');
    await loading;
    session.play();
    runTasks();
    session.play(); // on past the coach's pause as the loss explodes
    runTasks();
    expect(refusal(2)).toBe('worker.diverged');
  });
});

/** The session's weights for `generation`, which it must not refuse. */
function weights(session: TrainingSession, generation: number): LayerParams[] {
  const answer = session.trainedParams(generation);
  if (!answer.ok) throw new Error(`refused: ${answer.why.key}`);
  return answer.value;
}

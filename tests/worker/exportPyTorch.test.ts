// The worker's "Export as PyTorch": the current run's settings, from its initial weights.
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../src/cli/readDatasetFile';
import { exportPyTorch } from '../../src/engine/export/pytorch';
import { prepareData } from '../../src/engine/prepare';
import { parseExperiment } from '../../src/spec';
import { TrainingSession } from '../../src/worker/session';

const XOR = parseExperiment({
  version: 1,
  seed: 3,
  data: { kind: 'xor', samples: 200 },
  model: {
    layers: [
      { type: 'dense', units: 8, activation: 'tanh' },
      { type: 'dense', units: 2, activation: 'softmax' },
    ],
  },
  optimizer: { name: 'adam', lr: 0.03 },
  training: { batchSize: 16, epochs: 5 },
});

function session(): TrainingSession {
  let clock = 0;
  return new TrainingSession({
    read: readDatasetFile,
    now: () => clock++,
    defer: () => {},
    emit: () => {},
    emitLandscape: () => {},
  });
}

describe('TrainingSession.exportPyTorch', () => {
  it('has nothing to export before a run has loaded', () => {
    expect(session().exportPyTorch(1)).toEqual({
      ok: false,
      why: { key: 'worker.notLoaded', vars: {} },
    });
  });

  it("exports the run's initial weights with the settings now in force, after training", async () => {
    const s = session();
    await s.load(structuredClone(XOR), 1);
    const script = () => {
      const answer = s.exportPyTorch(1);
      if (!answer.ok) throw new Error(`refused: ${answer.why.key}`);
      return answer.value;
    };
    const before = script();
    expect(before).toBe(exportPyTorch(XOR, await prepareData(XOR, readDatasetFile)));
    s.step('epoch');
    s.step('batch');
    // Training moved the weights, not the export's.
    expect(script()).toBe(before);
    // Settings changed mid-run: the script uses the batch size and the rate now set.
    const changed = {
      ...XOR,
      optimizer: { ...XOR.optimizer, lr: 0.5 },
      training: { ...XOR.training, batchSize: 8 },
    };
    expect(s.retune(changed, 1)).toBe(true);
    expect(script()).toBe(exportPyTorch(changed, await prepareData(changed, readDatasetFile)));
  });
});

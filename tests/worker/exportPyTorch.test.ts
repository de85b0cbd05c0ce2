// The worker's "Export as PyTorch": the current run's settings, from its initial weights.
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../src/cli/readDatasetFile';
import { exportPyTorch } from '../../src/engine/export/pytorch';
import { prepareData } from '../../src/engine/prepare';
import { sessionHarness, xorExperiment } from './fixtures';

const XOR = xorExperiment(5);

/** A session whose snapshots and deferred work go nowhere: the export needs neither. */
const session = () => sessionHarness().session;

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

// What the coach reads and how it keeps it: dead channels of a convolution, layers whose
// activation is a layer of its own, the ring of step losses, an explosion found as the loss
// stops being a number, and a rate changed mid-run.
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../../src/cli/readDatasetFile';
import { Coach } from '../../../src/engine/coach/coach';
import { probeSignals } from '../../../src/engine/coach/signals';
import { StepWindow } from '../../../src/engine/coach/watch';
import { prepareData } from '../../../src/engine/prepare';
import { RunDriver } from '../../../src/engine/runDriver';
import { Trainer } from '../../../src/engine/train';
import { parseExperiment } from '../../../src/spec';
import type { Diagnosis } from '../../../src/spec/protocol/diagnosis';
import { names, watch } from './watch';

const spiral = (layers: object[], optimizer: object = { name: 'adam', lr: 0.01 }, epochs = 10) =>
  parseExperiment({
    version: 1,
    kind: 'train',
    seed: 1,
    data: { kind: 'spiral', samples: 400, classes: 2 },
    model: { layers: [...layers, { type: 'dense', units: 2, activation: 'softmax' }] },
    optimizer,
    training: { batchSize: 32, epochs },
  });

describe('the probe', () => {
  it("counts a convolution's dead units by channel: all its positions 0 on every sample", async () => {
    const experiment = parseExperiment({
      version: 1,
      kind: 'train',
      data: { kind: 'digits', samples: 300 },
      model: {
        inputs: [1, 8, 8],
        layers: [
          { type: 'conv2d', filters: 6, kernelSize: 3, padding: 1, activation: 'relu' },
          { type: 'flatten' },
          { type: 'dense', units: 10, activation: 'softmax' },
        ],
      },
    });
    const trainer = new Trainer(experiment, await prepareData(experiment, readDatasetFile));
    expect(probeSignals(trainer).layers[0]).toMatchObject({ units: 6, dead: 0 });
    // Filters 1 and 4 biased far below anything their inputs can reach.
    const b = trainer.model.params.find((p) => p.name === 'b')!;
    b.value[1] = b.value[4] = -1e3;
    expect(probeSignals(trainer).layers[0]).toMatchObject({ units: 6, dead: 2 });
  });

  it('reads an activation layer through the dense layer before it', async () => {
    // Zero weights, then ReLU as a layer: one unit, said as symmetry, not as dead units.
    const zeros = await watch(
      spiral([
        { type: 'dense', units: 16, activation: 'linear', init: 'zeros' },
        { type: 'activation', activation: 'relu' },
      ]),
    );
    expect(names(zeros.found)).toEqual(['symmetry', 'notLearning']);
    // Std-1 weights, then tanh as a layer: saturated, and the weights are to blame.
    const wide = {
      type: 'dense',
      units: 64,
      activation: 'linear',
      init: { name: 'normal', std: 1 },
    };
    const tanh = { type: 'activation', activation: 'tanh' };
    const saturated = await watch(
      spiral([wide, tanh, wide, tanh, wide, tanh], { name: 'sgd', lr: 0.1 }, 5),
    );
    const finding = saturated.found.find((d) => d.name === 'saturation')!;
    expect(finding.layer).toBe(5);
    expect(finding).toMatchObject({
      cause: 'initTooLarge',
      fix: { setting: 'init', layers: [4], value: 'xavier_uniform' },
    });
  });
});

describe('the coach', () => {
  it('keeps the latest losses in a ring, newest first, and forgets them when told', () => {
    const ring = new StepWindow(3);
    for (const loss of [1, 2, 3, 4, 5]) ring.push(loss);
    expect(ring.size).toBe(3);
    expect([ring.back(0), ring.back(1), ring.back(2)]).toEqual([5, 4, 3]);
    ring.clear();
    expect(ring.size).toBe(0);
    ring.push(7);
    expect([ring.size, ring.back(0)]).toEqual([1, 7]);
  });

  it('says a loss that stopped being a number exploded, before the run ends', async () => {
    // SGD at 10⁵ on a regression: the third minibatch's loss overflows before three steps in
    // a row could pass ten times the untrained loss.
    const experiment = parseExperiment({
      version: 1,
      kind: 'train',
      data: { kind: 'plane' },
      model: {
        layers: [
          { type: 'dense', units: 16, activation: 'relu' },
          { type: 'dense', units: 1 },
        ],
        loss: 'mse',
      },
      optimizer: { name: 'sgd', lr: 1e5 },
    });
    const trainer = new Trainer(experiment, await prepareData(experiment, readDatasetFile));
    const found: Diagnosis[] = [];
    const end = new RunDriver(
      trainer,
      { diagnosis: (d) => found.push(d) },
      undefined,
      new Coach(trainer),
    ).toEnd();
    expect(end).toMatchObject({ how: 'diverged' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      name: 'exploding',
      cause: 'learningRateTooLarge',
      step: trainer.step,
    });
    expect(found[0].evidence).toEqual({
      from: found[0].evidence.from,
      steps: trainer.step,
      lr: 1e5,
    });
  });

  it('speaks again after the rate changes: a second explosion is said, and pauses', async () => {
    const experiment = spiral(
      [{ type: 'dense', units: 16, activation: 'relu' }],
      { name: 'adam', lr: 100 },
      50,
    );
    const trainer = new Trainer(experiment, await prepareData(experiment, readDatasetFile));
    const coach = new Coach(trainer);
    const found: Diagnosis[] = [];
    const driver = new RunDriver(trainer, { diagnosis: (d) => found.push(d) }, undefined, coach);
    let clock = 0;
    expect(driver.slice(() => clock++, { ms: 1e9 }).paused).toBe(true);
    // Played on at the same rate: nothing more is said (the explosion says it all).
    expect(driver.slice(() => clock++, { maxSteps: 30 }).paused).toBe(false);
    expect(found.map((d) => d.name)).toEqual(['exploding']);
    // A slider moves the rate (still far too large): the coach forgets the old losses.
    trainer.setHyperparameters({ lr: 50 });
    coach.retuned();
    const slice = driver.slice(() => clock++, { ms: 1e9 });
    expect(slice.paused || slice.end !== null).toBe(true);
    expect(found.filter((d) => d.name === 'exploding').length).toBe(2);
    expect(found[1].evidence.lr).toBe(50);
  });
});

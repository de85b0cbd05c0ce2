// The glass box through the training session: it pauses a playing run, opens a training
// point, a validation point or a drawn input with its class, refuses what it cannot open
// with a reason, and leaves the run to go on exactly as it would have.
import { describe, expect, it } from 'vitest';
import type { GlassTrace } from '../../src/spec/protocol/glass';
import type { Answer, SampleChoice } from '../../src/spec/protocol/training';
import { nearestColor } from '../../src/engine/data/generators/colors';
import { parseExperiment } from '../../src/spec';
import { sessionHarness, xorExperiment } from './fixtures';

const XOR = xorExperiment(5);

function value<T>(answer: Answer<T>): T {
  if (!answer.ok) throw new Error(`refused: ${answer.why.key}`);
  return answer.value;
}

const point = (part: 'training' | 'validation', index: number): SampleChoice => ({
  kind: 'point',
  part,
  index,
});

describe('TrainingSession.glass', () => {
  it('pauses a playing run and opens a training point, its class one-hot', async () => {
    const { session, snapshots, runTasks } = sessionHarness();
    await session.load(XOR, 1);
    session.play();
    runTasks(3);
    const trace: GlassTrace = value(
      session.glass({ choice: point('training', 4), label: null }, 1),
    );
    expect(snapshots.at(-1)!.status).toBe('paused');
    expect(trace.companions[0]).toBe(5);
    expect(trace.rows).toBe(XOR.training.batchSize);
    expect(trace.loss.label === 0 || trace.loss.label === 1).toBe(true);
    expect(Array.from(trace.loss.target)).toEqual(trace.loss.label === 0 ? [1, 0] : [0, 1]);
    expect(trace.primitives.map((p) => p.kind)).toEqual(
      XOR.model.layers.flatMap(() => ['dense', 'activation']),
    );
    expect(trace.update.optimizer).toBe(XOR.optimizer.name);
  });

  it('opens a validation point and a drawn input with the class it is given', async () => {
    const { session } = sessionHarness();
    await session.load(XOR, 1);
    const validation = value(session.glass({ choice: point('validation', 0), label: null }, 1));
    expect(validation.companions[0]).toBe(0); // the minibatch's rest from the training set
    const drawn = { kind: 'drawn', input: Float32Array.of(0.5, -0.5) } as const;
    const trace = value(session.glass({ choice: drawn, label: 1 }, 1));
    expect(Array.from(trace.loss.target)).toEqual([0, 1]);
    expect(trace.loss.label).toBe(1);
  });

  it("gives a drawn colour the class its name has, by the colour set's own rule", async () => {
    const { session, snapshots } = sessionHarness();
    const colours = parseExperiment({
      version: 1,
      data: { kind: 'colors', classes: 3, samples: 120 },
      model: {
        layers: [
          { type: 'dense', units: 8, activation: 'relu' },
          { type: 'dense', units: 3, activation: 'softmax' },
        ],
      },
    });
    await session.load(colours, 1);
    const pink = Float32Array.of(233 / 255, 63 / 255, 127 / 255);
    const trace = value(session.glass({ choice: { kind: 'drawn', input: pink }, label: null }, 1));
    expect(trace.loss.label).toBe(nearestColor(pink[0], pink[1], pink[2], 3));
    expect(trace.loss.label).toBe(0); // red, of red, green and blue
    // And the colour followed through the network, as the classifier asks.
    session.chooseSample({ kind: 'drawn', input: pink }, 1);
    const followed = snapshots.at(-1)!.network!.trace!;
    expect(followed.choice).toEqual({ kind: 'drawn', input: pink });
    const probabilities = followed.outputs.at(-1)!;
    expect(probabilities).toHaveLength(3);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('refuses, with a reason, what it cannot open', async () => {
    const { session } = sessionHarness();
    const refused = (answer: Answer<GlassTrace>) => (answer.ok ? 'opened' : answer.why.key);
    expect(refused(session.glass({ choice: point('training', 0), label: null }, 1))).toBe(
      'worker.notLoaded',
    );
    await session.load(XOR, 1);
    expect(refused(session.glass({ choice: point('training', 10_000), label: null }, 1))).toBe(
      'worker.glassSample',
    );
    const drawn = { kind: 'drawn', input: Float32Array.of(0.5, -0.5) } as const;
    expect(refused(session.glass({ choice: drawn, label: null }, 1))).toBe('worker.glassLabel');
    expect(refused(session.glass({ choice: drawn, label: 2 }, 1))).toBe('worker.glassLabel');
    const wide = { kind: 'drawn', input: Float32Array.of(1, 2, 3) } as const;
    expect(refused(session.glass({ choice: wide, label: 0 }, 1))).toBe('worker.glassInput');
    expect(refused(session.glass({ choice: point('training', 0), label: null }, 2))).toBe(
      'worker.replaced',
    );
  });

  it('leaves a playing run playing when it refuses', async () => {
    const { session, snapshots, runTasks } = sessionHarness();
    await session.load(XOR, 1);
    session.play();
    runTasks(2);
    const answer = session.glass({ choice: point('training', 10_000), label: null }, 1);
    expect(answer.ok).toBe(false);
    runTasks(2);
    expect(snapshots.at(-1)!.status).toBe('running');
  });

  it('leaves the run to go on as if it had never been opened', async () => {
    const opened = sessionHarness();
    const closed = sessionHarness();
    for (const { session } of [opened, closed]) {
      await session.load(XOR, 1);
      session.step('batch');
    }
    value(opened.session.glass({ choice: point('training', 3), label: null }, 1));
    for (const { session } of [opened, closed]) session.step('epoch');
    const [a, b] = [opened, closed].map(({ snapshots }) => snapshots.at(-1)!);
    expect(a.step).toBe(b.step);
    expect(a.epochs).toEqual(b.epochs);
    expect(a.network!.weights).toEqual(b.network!.weights);
  });
});

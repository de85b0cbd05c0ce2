// The run worker's job driven in Node with a fake clock and a manual scheduler: whole runs
// streamed in order, their summaries, statistics, parameters, divergence, cancelling,
// failures, the data kept between runs, and the one test evaluation of a search.
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../src/cli/readDatasetFile';
import type { DatasetFileReader } from '../../src/engine/data/dataset';
import { prepareData, prepareSearchData } from '../../src/engine/prepare';
import { bestEpoch, evaluateSet, trainRun } from '../../src/engine/runs';
import { Trainer, type EpochResult } from '../../src/engine/train';
import { parseExperiment } from '../../src/spec';
import type { Message } from '../../src/spec/message';
import type { RunRequest, RunUpdate } from '../../src/spec/protocol/runs';
import { isFinalStatus } from '../../src/spec/protocol/runStatus';
import type { Experiment } from '../../src/spec/types';
import { en, type MessageKey } from '../../src/ui/i18n/dictionaries/en';
import { ja } from '../../src/ui/i18n/dictionaries/ja';
import { format } from '../../src/ui/i18n/translate';
import { RunJob } from '../../src/worker/runJob';
import { parseRunRequest } from '../../src/worker/runRequest';
import { DIVERGING, xorExperiment } from './fixtures';

function harness(read: DatasetFileReader = readDatasetFile) {
  let clock = 0;
  const queue: (() => void)[] = [];
  const job = new RunJob({
    read,
    // Every reading of the clock advances it by 1 ms: a slice (12 ms) holds a few steps.
    now: () => clock++,
    defer: (fn) => queue.push(fn),
  });
  /** Starts a run and records its updates with the clock at which each arrived. */
  const start = (request: RunRequest) => {
    const updates: RunUpdate[] = [];
    const times: number[] = [];
    job.start(request, (u) => {
      updates.push(u);
      times.push(clock);
    });
    return { updates, times };
  };
  /**
   * Runs deferred slices, letting promises (the data) settle, until `ready` or no work is
   * left: nothing queued for 10 s of real time (a data file read on a loaded CI machine can
   * take far more turns of the event loop than on a quiet one).
   */
  const runUntil = async (ready: () => boolean) => {
    let idleSince = Date.now();
    while (!ready() && Date.now() - idleSince < 10_000) {
      if (queue.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      else {
        queue.shift()!();
        idleSince = Date.now();
      }
    }
  };
  const finished = (updates: RunUpdate[]) => () => updates.some((u) => isFinalStatus(u.status));
  return { job, start, runUntil, finished, queue };
}

const XOR = xorExperiment(5);

/** A run's message as the page words it, in English unless told. */
const say = (m: Message | null, messages: Record<string, string> = en.messages) =>
  m === null ? null : format(messages[m.key as MessageKey], m.vars);

const IRIS = parseExperiment({
  version: 1,
  seed: 5,
  data: { kind: 'iris' },
  model: {
    layers: [
      { type: 'dense', units: 8, activation: 'relu' },
      { type: 'dense', units: 3, activation: 'softmax' },
    ],
  },
  optimizer: { name: 'adam', lr: 0.02 },
  training: { batchSize: 16, epochs: 8 },
});

function request(experiment: Experiment, options: Partial<RunRequest> = {}): RunRequest {
  return {
    base: experiment,
    experiment,
    test: 0,
    statisticsMs: 0,
    keepParams: false,
    ...options,
  };
}

/** The same run trained in one go, as the CLI's compare does. */
async function reference(experiment: Experiment): Promise<EpochResult[]> {
  const trainer = new Trainer(experiment, await prepareData(experiment, readDatasetFile));
  const results: EpochResult[] = [];
  trainRun(trainer, experiment.training.epochs, (r) => results.push(r));
  return results;
}

describe('RunJob', () => {
  it('streams every epoch in order, at most ten updates a second, and ends with the summary', async () => {
    const { start, runUntil, finished } = harness();
    const { updates, times } = start(request(XOR));
    await runUntil(finished(updates));
    expect(updates[0].status).toBe('running');
    const last = updates.at(-1)!;
    expect(last.status).toBe('finished');
    expect(updates.filter((u) => isFinalStatus(u.status))).toHaveLength(1);
    const epochs = updates.flatMap((u) => u.epochs);
    expect(epochs.map((e) => e.epoch)).toEqual([1, 2, 3, 4, 5]);
    // The same numbers as the run trained in one go, and its best epoch.
    const results = await reference(XOR);
    expect(epochs.map((e) => e.valLoss)).toEqual(results.map((r) => r.validation!.loss));
    expect(last.summary).toMatchObject({
      epochs: 5,
      best: bestEpoch(results),
      final: epochs[4],
      diverged: false,
    });
    expect(last.summary!.best!.metric).toBe('valAccuracy');
    // Updates before the final one are at least 100 ms apart; no statistics were asked for.
    for (let i = 1; i < updates.length - 1; i++) {
      expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(100);
    }
    expect(updates.every((u) => u.layers === null && u.params === null)).toBe(true);
  });

  it("times a fresh worker's first run after warming up on a copy, as warm as the next", async () => {
    const { start, runUntil, finished } = harness();
    const long = xorExperiment(100); // longer than the warm-up
    const first = start(request(long));
    await runUntil(finished(first.updates));
    const second = start(request(long));
    await runUntil(finished(second.updates));
    const span = (r: { times: number[] }) => r.times.at(-1)! - r.times[0];
    const seconds = (r: { updates: RunUpdate[] }) => r.updates.at(-1)!.summary!.seconds;
    // The warm-up (150 ms of the fake clock) came before the first run's timer started.
    expect(span(first) - span(second)).toBeGreaterThanOrEqual(150);
    expect(seconds(first)).toBe(seconds(second));
    // And it trained a copy: the first run's numbers are the second's.
    const losses = (r: { updates: RunUpdate[] }) => r.updates.flatMap((u) => u.epochs);
    expect(losses(first)).toEqual(losses(second));
  });

  it('sends layer statistics no more often than asked, and a last set at the end', async () => {
    const { start, runUntil, finished } = harness();
    const longer = parseExperiment({ ...XOR, training: { ...XOR.training, epochs: 20 } });
    const { updates, times } = start(request(longer, { statisticsMs: 200 }));
    await runUntil(finished(updates));
    const withLayers = updates.flatMap((u, i) => (u.layers === null ? [] : [i]));
    expect(withLayers.length).toBeGreaterThan(1);
    expect(withLayers.at(-1)).toBe(updates.length - 1);
    const [first] = updates.at(-1)!.layers!;
    expect(updates.at(-1)!.layers).toHaveLength(2);
    expect(first.histogram.counts).toHaveLength(30);
    expect(first.gradient).toBeDefined();
    const spaced = withLayers.slice(0, -1);
    for (let k = 1; k < spaced.length; k++) {
      expect(times[spaced[k]] - times[spaced[k - 1]]).toBeGreaterThanOrEqual(200);
    }
  });

  it('returns the trained parameters when asked, and they give the final epoch again', async () => {
    const { start, runUntil, finished } = harness();
    const { updates } = start(request(XOR, { keepParams: true }));
    await runUntil(finished(updates));
    const last = updates.at(-1)!;
    expect(last.params).toHaveLength(2);
    // A network built from them scores exactly the last epoch's validation loss.
    const trained = parseExperiment({ ...XOR, params: last.params });
    const trainer = new Trainer(trained, await prepareData(XOR, readDatasetFile));
    const validation = trainer.evaluate('validation');
    expect(validation.loss).toBe(last.summary!.final!.valLoss);
    expect(validation.accuracy).toBe(last.summary!.final!.valAccuracy);
  });

  it('ends a diverging run alone, naming the step and epoch; the next run is unharmed', async () => {
    const { start, runUntil, finished } = harness();
    const diverging = start(request(DIVERGING, { keepParams: true }));
    await runUntil(finished(diverging.updates));
    const last = diverging.updates.at(-1)!;
    expect(last.status).toBe('diverged');
    expect(last.message!.key).toMatch(/^run\.diverged\.(step|epoch)$/);
    expect(last.message!.vars).toMatchObject({ lr: 1000000 });
    expect(say(last.message)).toMatch(/at step \d+ \(epoch \d+\)|after epoch \d+ \(step \d+\)/);
    expect(say(last.message)).toMatch(/learning rate \(1000000\)/);
    expect(last.summary).toMatchObject({ diverged: true });
    expect(last.summary!.epochs).toBeLessThan(50);
    expect(last.params).toBeNull();
    // The coach's tag for the tables: sent once, and in the summary.
    expect(diverging.updates.flatMap((u) => u.diagnoses)).toEqual(['exploding']);
    expect(last.summary!.diagnoses).toEqual(['exploding']);
    const next = start(request(XOR));
    await runUntil(finished(next.updates));
    expect(next.updates.at(-1)!.status).toBe('finished');
    expect(next.updates.at(-1)!.summary!.diagnoses).toEqual([]);
  });

  it('ends a run early stopping stops as finished, saying why', async () => {
    const { start, runUntil, finished } = harness();
    const patient = parseExperiment({
      ...XOR,
      // No epoch improves on the first by 10: it stops after `patience` more.
      training: { ...XOR.training, epochs: 40, earlyStopping: { patience: 2, minDelta: 10 } },
    });
    const { updates } = start(request(patient));
    await runUntil(finished(updates));
    const last = updates.at(-1)!;
    expect(last.status).toBe('finished');
    expect(last.summary!.epochs).toBe(3); // epoch 1 sets the best; 2 and 3 do not beat it
    expect(last.message).toEqual({ key: 'run.stoppedEarly', vars: { epoch: 3, patience: 2 } });
    expect(say(last.message)).toBe(
      'Stopped early after epoch 3: the validation loss had not improved for 2 epochs.',
    );
  });

  it('stops at cancel with a final update and sends nothing after it', async () => {
    const { job, start, runUntil, queue } = harness();
    const long = parseExperiment({ ...XOR, training: { ...XOR.training, epochs: 500 } });
    const { updates } = start(request(long));
    await runUntil(() => updates.some((u) => u.epochs.length > 0));
    job.cancel();
    const count = updates.length;
    expect(updates.at(-1)!.status).toBe('cancelled');
    expect(updates.at(-1)!.summary!.epochs).toBe(updates.flatMap((u) => u.epochs).length);
    await runUntil(() => queue.length === 0);
    for (let i = 0; i < 20; i++) queue.shift()?.();
    expect(updates).toHaveLength(count);
  });

  it('cancels a run whose data is still loading, which then never trains', async () => {
    const { job, start, runUntil, queue } = harness();
    const { updates } = start(request(IRIS));
    job.cancel(); // the file has not been read yet
    await runUntil(() => false);
    expect(updates.map((u) => u.status)).toEqual(['running', 'cancelled']);
    expect(updates[1].summary).toBeNull();
    expect(queue).toHaveLength(0);
  });

  it('fails with the reason when the data cannot be read', async () => {
    const { start, runUntil, finished } = harness(async () => {
      throw new Error('cannot load the data set iris.json (HTTP 404)');
    });
    const { updates } = start(request(IRIS));
    await runUntil(finished(updates));
    expect(updates.map((u) => u.status)).toEqual(['running', 'failed']);
    // A key for the page to word, the error's own text as {message}.
    const message = updates[1].message!;
    expect(message.key).toBe('pool.dataFailed');
    expect(message.vars?.message).toMatch(/\(HTTP 404\)$/);
    expect(say(message)).toMatch(/^The data could not be prepared: .*\(HTTP 404\)$/);
    expect(say(message, ja.messages)).toMatch(/^データを準備できませんでした: .*\(HTTP 404\)$/);
  });

  it('prepares the data once for consecutive runs on the same base', async () => {
    let reads = 0;
    const { start, runUntil, finished } = harness((file) => {
      reads++;
      return readDatasetFile(file);
    });
    const variant = parseExperiment({ ...IRIS, optimizer: { name: 'sgd', lr: 0.1 } });
    for (const experiment of [IRIS, variant]) {
      const { updates } = start({ ...request(IRIS), experiment });
      await runUntil(finished(updates));
      expect(updates.at(-1)!.status).toBe('finished');
    }
    expect(reads).toBe(1);
    // Another seed is other data (another split): prepared again.
    const reseeded = parseExperiment({ ...IRIS, seed: 6 });
    const { updates } = start(request(reseeded));
    await runUntil(finished(updates));
    expect(reads).toBe(2);
  });

  it('evaluates trained parameters on the test part, apart from the validation part', async () => {
    let reads = 0;
    const { job, start, runUntil, finished } = harness((file) => {
      reads++;
      return readDatasetFile(file);
    });
    const { updates } = start(request(IRIS, { test: 0.2, keepParams: true }));
    await runUntil(finished(updates));
    const last = updates.at(-1)!;
    const trained = parseExperiment({ ...IRIS, params: last.params });
    const result = await job.evaluateTest({ base: IRIS, experiment: trained, test: 0.2 });
    expect(reads).toBe(1); // the search's data, kept from its run
    // 150 samples: 30 held out for the test, 24 of the other 120 for validation.
    expect(result.samples).toBe(30);
    const data = await prepareSearchData(IRIS, 0.2, readDatasetFile);
    const expected = evaluateSet(new Trainer(trained, data), data.test!);
    expect(result).toEqual({ ...expected, samples: 30 });
    expect(result.loss).not.toBe(last.summary!.final!.valLoss);
    await expect(job.evaluateTest({ base: IRIS, experiment: trained, test: 0 })).rejects.toThrow(
      /no test part/,
    );
    await expect(job.evaluateTest({ base: IRIS, experiment: IRIS, test: 0.2 })).rejects.toThrow(
      /no trained parameters/,
    );
  });

  it('gives no accuracy for a regression on the test part', async () => {
    const { job } = harness();
    const plane = parseExperiment({
      version: 1,
      data: { kind: 'plane', samples: 100 },
      model: { layers: [{ type: 'dense', units: 1 }] },
      params: [{ W: [[0.5], [-0.5]], b: [0] }],
    });
    const result = await job.evaluateTest({ base: plane, experiment: plane, test: 0.1 });
    expect(result.accuracy).toBeNull();
    expect(result.samples).toBe(10);
    expect(Number.isFinite(result.loss)).toBe(true);
  });
});

describe('parseRunRequest', () => {
  it('checks what the page sends, naming the field', () => {
    const ok = JSON.parse(JSON.stringify(request(XOR)));
    expect(parseRunRequest(ok).experiment).toEqual(XOR);
    expect(() => parseRunRequest({ ...ok, test: 0.9 })).toThrow(
      /test must be a number in \[0, 0.5\]/,
    );
    expect(() =>
      parseRunRequest({ ...ok, experiment: { ...ok.experiment, optimizer: { name: 'newton' } } }),
    ).toThrow(/the run's experiment is not valid: optimizer.name/);
    expect(() => parseRunRequest({ ...ok, keepParams: 1 })).toThrow(
      /keepParams must be true or false/,
    );
  });
});

// The run pool driven with fake workers whose runs end when the test says: how many run at
// once, the order they start in, cancelling queued and running runs, failures and crashes.
import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../src/spec';
import type { Message } from '../../src/spec/message';
import {
  statusUpdate,
  type RunRequest,
  type RunSummary,
  type RunUpdate,
  type TestRequest,
  type TestResult,
} from '../../src/spec/protocol/runs';
import type { RunStatus } from '../../src/spec/protocol/runStatus';
import { en, type MessageKey } from '../../src/ui/i18n/dictionaries/en';
import { ja } from '../../src/ui/i18n/dictionaries/ja';
import { format } from '../../src/ui/i18n/translate';
import { defaultPoolSize, RunPool, type RunWorkerHandle } from '../../src/worker/pool';
import { WorkerDeath } from '../../src/worker/guard';

const BASE = defaultExperiment();

/** A run request told apart by its experiment's seed. */
function request(id: number): RunRequest {
  return {
    base: BASE,
    experiment: { ...BASE, seed: id },
    test: 0,
    statisticsMs: 0,
    keepParams: false,
  };
}

/** A run's message as the page words it, in English unless told. */
const say = (m: Message | null, messages: Record<string, string> = en.messages) =>
  m === null ? null : format(messages[m.key as MessageKey], m.vars);

function summary(epochs: number): RunSummary {
  return { epochs, best: null, final: null, diverged: false, seconds: 0, diagnoses: [] };
}

interface FakeRun {
  id: number;
  onUpdate: (update: RunUpdate) => void;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** A worker whose one run goes on until `end` or `crash`; it records what it was asked. */
class FakeWorker implements RunWorkerHandle {
  current: FakeRun | null = null;
  started: number[] = [];
  terminated = false;
  tests: TestRequest[] = [];

  constructor(
    private readonly fleet: Fleet,
    /** The bridge's word that the worker died, running or not. */
    readonly die: () => void,
  ) {}

  start(request: RunRequest, onUpdate: (update: RunUpdate) => void): Promise<void> {
    if (this.current !== null) throw new Error('two runs at once on one worker');
    this.fleet.running++;
    this.fleet.peak = Math.max(this.fleet.peak, this.fleet.running);
    this.fleet.order.push(request.experiment.seed);
    this.started.push(request.experiment.seed);
    return new Promise((resolve, reject) => {
      this.current = { id: request.experiment.seed, onUpdate, resolve, reject };
      onUpdate(statusUpdate('running'));
    });
  }

  /** The run's final update, then the call settles (as the real worker does). */
  end(status: RunStatus = 'finished', epochs = 3, message: Message | null = null): void {
    const run = this.take();
    const trained = status === 'finished' || status === 'cancelled';
    run.onUpdate({ ...statusUpdate(status, message), summary: trained ? summary(epochs) : null });
    run.resolve();
  }

  /** Settles the run's call without a final update (a bug in the worker). */
  endSilently(): void {
    this.take().resolve();
  }

  crash(error: Error = new Error('out of memory')): void {
    this.take().reject(error);
  }

  cancel(): void {
    if (this.current !== null) this.end('cancelled', 1);
  }

  async evaluateTest(request: TestRequest): Promise<TestResult> {
    this.tests.push(request);
    return { loss: 0.5, accuracy: 0.9, samples: 30 };
  }

  terminate(): void {
    this.terminated = true;
  }

  private take(): FakeRun {
    const run = this.current!;
    this.current = null;
    this.fleet.running--;
    return run;
  }
}

class Fleet {
  workers: FakeWorker[] = [];
  running = 0;
  peak = 0;
  /** Run ids in the order they started. */
  order: number[] = [];
  create = (onDeath: () => void): RunWorkerHandle => {
    const worker = new FakeWorker(this, onDeath);
    this.workers.push(worker);
    return worker;
  };
  /** The worker training run `id`. */
  of(id: number): FakeWorker {
    const worker = this.workers.find((w) => w.current?.id === id);
    if (worker === undefined) throw new Error(`run ${id} is not running`);
    return worker;
  }
}

/** Lets the pool see settled calls (they settle in microtasks). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function start(pool: RunPool, ids: number[]) {
  const statuses = new Map<number, RunStatus[]>();
  const handles = ids.map((id) => {
    statuses.set(id, []);
    return pool.run(request(id), (u) => statuses.get(id)!.push(u.status));
  });
  return { statuses, handles };
}

describe('RunPool', () => {
  it('runs at most `size` at once, first come first served, reusing its workers', async () => {
    const fleet = new Fleet();
    const pool = new RunPool(2, fleet.create);
    const { statuses, handles } = start(pool, [1, 2, 3, 4, 5]);
    await settle();
    expect(fleet.workers).toHaveLength(2);
    expect(fleet.order).toEqual([1, 2]);
    expect(statuses.get(1)).toEqual(['queued', 'running']);
    expect(statuses.get(3)).toEqual(['queued']);
    // Each run that ends makes room for the next in line.
    fleet.of(2).end();
    await settle();
    expect(fleet.order).toEqual([1, 2, 3]);
    for (const id of [1, 3, 4, 5]) {
      fleet.of(id).end('finished', id);
      await settle();
    }
    expect(fleet.order).toEqual([1, 2, 3, 4, 5]);
    expect(fleet.peak).toBe(2);
    expect(fleet.workers).toHaveLength(2);
    expect(statuses.get(5)).toEqual(['queued', 'running', 'finished']);
    expect((await Promise.all(handles.map((h) => h.done))).map((s) => s?.epochs)).toEqual([
      1, 3, 3, 4, 5,
    ]);
    expect(pool.busy).toBe(0);
  });

  it('never starts a queued run that was cancelled', async () => {
    const fleet = new Fleet();
    const pool = new RunPool(1, fleet.create);
    const { statuses, handles } = start(pool, [1, 2, 3]);
    await settle();
    handles[1].cancel();
    expect(statuses.get(2)).toEqual(['queued', 'cancelled']);
    expect(await handles[1].done).toBeNull();
    fleet.of(1).end();
    await settle();
    fleet.of(3).end();
    await settle();
    expect(fleet.order).toEqual([1, 3]);
    handles[1].cancel(); // an ended run ignores it
    expect(statuses.get(2)).toEqual(['queued', 'cancelled']);
  });

  it('cancels a running run through its worker, which reports the epochs it finished', async () => {
    const fleet = new Fleet();
    const pool = new RunPool(1, fleet.create);
    const { statuses, handles } = start(pool, [1]);
    await settle();
    handles[0].cancel();
    expect(statuses.get(1)).toEqual(['queued', 'running', 'cancelled']);
    expect((await handles[0].done)?.epochs).toBe(1);
  });

  it('cancels everything at once, and nothing starts after', async () => {
    const fleet = new Fleet();
    const pool = new RunPool(2, fleet.create);
    const { statuses, handles } = start(pool, [1, 2, 3, 4]);
    await settle();
    pool.cancelAll();
    await settle();
    expect([...statuses.values()].map((s) => s.at(-1))).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    expect(fleet.order).toEqual([1, 2]);
    await Promise.all(handles.map((h) => h.done));
    expect(pool.busy).toBe(0);
  });

  it('goes on with the other runs when one fails, on the same worker', async () => {
    const fleet = new Fleet();
    const pool = new RunPool(1, fleet.create);
    const { statuses, handles } = start(pool, [1, 2]);
    await settle();
    fleet.of(1).end('failed');
    await settle();
    expect(statuses.get(1)).toEqual(['queued', 'running', 'failed']);
    expect(await handles[0].done).toBeNull();
    expect(fleet.order).toEqual([1, 2]);
    expect(fleet.workers).toHaveLength(1);
    fleet.of(2).end();
    expect((await handles[1].done)?.epochs).toBe(3);
  });

  it("passes a worker's failure on as a message key, for the page to word", async () => {
    const fleet = new Fleet();
    const pool = new RunPool(1, fleet.create);
    const failure = { key: 'pool.buildFailed', vars: { message: 'no layers' } };
    const messages: (Message | null)[] = [];
    const run = pool.run(request(1), (u) => messages.push(u.message));
    await settle();
    fleet.of(1).end('failed', 0, failure);
    expect(await run.done).toBeNull();
    expect(messages).toEqual([null, null, failure]); // queued, running, failed
    expect(say(messages.at(-1)!)).toBe('The network could not be built: no layers');
    expect(say(messages.at(-1)!, ja.messages)).toBe(
      'ネットワークを組み立てられませんでした: no layers',
    );
  });

  it('fails a run its worker ended without a final update, and keeps the worker', async () => {
    const fleet = new Fleet();
    const pool = new RunPool(1, fleet.create);
    const messages: (Message | null)[] = [];
    const run = pool.run(request(1), (u) => messages.push(u.message));
    await settle();
    fleet.of(1).endSilently();
    expect(await run.done).toBeNull();
    expect(messages.at(-1)).toEqual({ key: 'pool.unreported', vars: {} });
    expect(say(messages.at(-1)!)).toBe('The worker ended the run without reporting how.');
    expect(fleet.workers[0].terminated).toBe(false);
  });

  it('fails the run of a crashed worker, and replaces the worker', async () => {
    const fleet = new Fleet();
    const pool = new RunPool(1, fleet.create);
    const messages: (Message | null)[] = [];
    const crashing = pool.run(request(1), (u) => messages.push(u.message));
    const { handles } = start(pool, [2]);
    await settle();
    fleet.of(1).crash();
    await settle();
    expect(messages.at(-1)).toEqual({ key: 'pool.crashed', vars: { reason: 'out of memory' } });
    expect(say(messages.at(-1)!)).toMatch(/stopped unexpectedly \(out of memory\)/);
    expect(await crashing.done).toBeNull();
    expect(fleet.workers).toHaveLength(2);
    expect(fleet.workers[0].terminated).toBe(true);
    expect(fleet.workers[1].started).toEqual([2]);
    fleet.of(2).end();
    expect((await handles[0].done)?.epochs).toBe(3);
  });

  it('says so when the worker stopped answering (the bridge gave it up), and replaces it', async () => {
    const fleet = new Fleet();
    const pool = new RunPool(1, fleet.create);
    const messages: (Message | null)[] = [];
    const silent = pool.run(request(1), (u) => messages.push(u.message));
    await settle();
    fleet.of(1).crash(new WorkerDeath('silent', 'the run worker stopped answering'));
    await settle();
    expect(messages.at(-1)).toEqual({ key: 'pool.silent', vars: { seconds: 2 } });
    expect(say(messages.at(-1)!)).toMatch(/^The worker training this run stopped answering/);
    expect(say(messages.at(-1)!, ja.messages)).toMatch(/応答しなくなった/);
    expect(await silent.done).toBeNull();
    expect(fleet.workers[0].terminated).toBe(true);
    start(pool, [2]);
    await settle();
    expect(fleet.workers).toHaveLength(2);
    expect(fleet.workers[1].started).toEqual([2]);
  });

  it('replaces a worker that died between runs before giving it the next', async () => {
    const fleet = new Fleet();
    const pool = new RunPool(1, fleet.create);
    const { handles } = start(pool, [1]);
    await settle();
    fleet.of(1).end();
    await handles[0].done;
    fleet.workers[0].die(); // gone silent as its run ended: the bridge stopped it
    await settle();
    expect(fleet.workers[0].terminated).toBe(true);
    const next = start(pool, [2]);
    await settle();
    expect(fleet.workers).toHaveLength(2);
    expect(fleet.workers[1].started).toEqual([2]);
    fleet.of(2).end();
    expect((await next.handles[0].done)?.epochs).toBe(3);
  });

  it('evaluates the test part on a free worker, ahead of queued runs', async () => {
    const fleet = new Fleet();
    const pool = new RunPool(1, fleet.create);
    start(pool, [1, 2]);
    await settle();
    const test: TestRequest = { base: BASE, experiment: BASE, test: 0.2 };
    const result = pool.evaluateTest(test);
    fleet.of(1).end();
    expect(await result).toEqual({ loss: 0.5, accuracy: 0.9, samples: 30 });
    expect(fleet.workers[0].tests).toEqual([test]);
    await settle();
    expect(fleet.order).toEqual([1, 2]);
  });

  it('stops every worker when disposed, ending what was going', async () => {
    const fleet = new Fleet();
    const pool = new RunPool(2, fleet.create);
    const { statuses, handles } = start(pool, [1, 2, 3]);
    await settle();
    pool.dispose();
    expect(fleet.workers.every((w) => w.terminated)).toBe(true);
    expect([...statuses.values()].map((s) => s.at(-1))).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    await Promise.all(handles.map((h) => h.done));
    expect(() => pool.run(request(4), () => {})).toThrow(/disposed/);
  });

  it('sizes itself by the cores, between one and four', () => {
    expect(defaultPoolSize()).toBeGreaterThanOrEqual(1);
    expect(defaultPoolSize()).toBeLessThanOrEqual(4);
  });
});

// A refused value the page lets the user type carries its rule as a message key and values
// beside the English message, so the page can say it in its own language: the rule from the
// bounds or the check that failed, the refused value as the message shows it, and the English
// message byte for byte as before (the CLI prints it).
import { describe, expect, it } from 'vitest';
import { parseExperiment, type SpecError } from '../../src/spec';
import { int, num, oneOf, type Bounds } from '../../src/spec/check';
import { defaultExperiment } from '../../src/spec/experiment';
import { LIMITS } from '../../src/spec/limits';
import { dataSize, REFUSAL_KEYS } from '../../src/spec/refusals';
import type { Experiment } from '../../src/spec/types';
import { specError, type Doc } from './fixtures';

/** The SpecError for `edit` of the default experiment (untyped, as a document may be). */
const refusal = (edit: (e: Doc) => void) =>
  specError(() => {
    const e: Experiment = defaultExperiment();
    edit(e);
    parseExperiment(e);
  });

describe('the reason of a refused number', () => {
  it.each<[Bounds, unknown, string, Record<string, string | number>]>([
    // bounds, refused value, key, its values
    [{}, Infinity, 'refusal.number', { got: 'Infinity' }],
    // "A positive number" says its bound itself: no {low}.
    [{ gt: 0 }, -1, 'refusal.number.positive', { got: '-1' }],
    [{ gt: 2 }, 2, 'refusal.number.gt', { low: 2, got: '2' }],
    [{ ge: 0 }, -0.5, 'refusal.number.ge', { low: 0, got: '-0.5' }],
    [{ lt: 1 }, 1, 'refusal.number.lt', { high: 1, got: '1' }],
    [{ le: 1 }, 1.5, 'refusal.number.le', { high: 1, got: '1.5' }],
    [{ gt: 0, lt: 1 }, 0, 'refusal.number.gtLt', { low: 0, high: 1, got: '0' }],
    [{ gt: 0, le: 1 }, 0, 'refusal.number.gtLe', { low: 0, high: 1, got: '0' }],
    [{ ge: 0, lt: 1 }, 1, 'refusal.number.geLt', { low: 0, high: 1, got: '1' }],
    [{ ge: 0, le: 100 }, 101, 'refusal.number.geLe', { low: 0, high: 100, got: '101' }],
    // Not a number at all: the same rule, the value as the English message describes it.
    [{ gt: 0 }, '0.1', 'refusal.number.positive', { got: '"0.1"' }],
  ])('num(%j) refusing %s says %s', (bounds, value, key, vars) => {
    expect(specError(() => num(value, 'p', bounds)).reason).toEqual({ key, vars });
  });

  it('says an integer rule by its least value, and a limit by the limit', () => {
    expect(specError(() => int(2.5, 'p', 1)).reason).toEqual({
      key: 'refusal.integer',
      vars: { min: 1, got: '2.5' },
    });
    expect(specError(() => int(-1, 'p', 0)).reason).toEqual({
      key: 'refusal.integer',
      vars: { min: 0, got: '-1' },
    });
    expect(specError(() => int(9, 'p', 1, 8)).reason).toEqual({
      key: 'refusal.integer.atMost',
      vars: { max: 8, got: '9' },
    });
  });

  it('carries where a limit comes from, beside the same English words', () => {
    const size = specError(() => int(200, 'p', 1, 150, dataSize('iris')));
    expect(size.message).toBe('p must be at most 150, the size of iris (got 200)');
    expect(size.reason).toEqual({
      key: 'refusal.integer.dataSize',
      vars: { data: 'iris', max: 150, got: '200' },
    });
  });

  it('is null where only the English message says why', () => {
    // An absent field is not a value the user typed; a name is not a number.
    expect(specError(() => num(undefined, 'p', { gt: 0 })).reason).toBeNull();
    expect(specError(() => oneOf('relu6', 'p', ['relu'])).reason).toBeNull();
    expect(refusal((e) => (e.optimizer.name = 'nope')).reason).toBeNull();
  });
});

describe('refusals of the playground fields', () => {
  /** What the page and the CLI get from a refused edit. */
  const said = ({ path, message, reason }: SpecError) => ({ path, message, reason });

  it('carry the rule beside the unchanged message and path', () => {
    expect(said(refusal((e) => (e.optimizer.lr = -1)))).toEqual({
      path: 'optimizer.lr',
      message: 'optimizer.lr must be a finite number > 0 (got -1)',
      reason: { key: 'refusal.number.positive', vars: { got: '-1' } },
    });
    expect(said(refusal((e) => (e.model.layers[0].units = 5000)))).toEqual({
      path: 'model.layers[0].units',
      message: `model.layers[0].units must be at most ${LIMITS.units} (got 5000)`,
      reason: { key: 'refusal.integer.atMost', vars: { max: LIMITS.units, got: '5000' } },
    });
    expect(refusal((e) => (e.training.batchSize = 0)).reason).toEqual({
      key: 'refusal.integer',
      vars: { min: 1, got: '0' },
    });
    expect(refusal((e) => (e.validation = 1)).reason).toEqual({
      key: 'refusal.number.geLt',
      vars: { low: 0, high: 1, got: '1' },
    });
  });

  it("say a data set's range of classes and its size", () => {
    // Spiral takes 2 to 10 arms: 1 and 20 are both typeable.
    for (const classes of [1, 20]) {
      expect(said(refusal((e) => (e.data.classes = classes)))).toEqual({
        path: 'data.classes',
        message: `data.classes must be an integer in [2, 10] for spiral (got ${classes})`,
        reason: { key: 'refusal.integer.range', vars: { min: 2, max: 10, got: String(classes) } },
      });
    }
    const iris = refusal((e) => {
      e.data = { kind: 'iris', samples: 200 };
      e.model.inputs = 4;
      e.model.layers.at(-1).units = 3;
    });
    expect(said(iris)).toEqual({
      path: 'data.samples',
      message: 'data.samples must be at most 150, the size of iris (got 200)',
      reason: { key: 'refusal.integer.dataSize', vars: { data: 'iris', max: 150, got: '200' } },
    });
  });

  it('say the rules between fields', () => {
    // One sample, a fraction of it held out.
    expect(said(refusal((e) => (e.data.samples = 1)))).toEqual({
      path: 'validation',
      message: 'validation is 0.2, but a single sample cannot be split (write 0)',
      reason: { key: 'refusal.validation.oneSample', vars: { got: 0.2 } },
    });
    expect(
      said(
        refusal((e) => {
          e.training.earlyStopping = { patience: 5, minDelta: 0 };
          e.validation = 0;
        }),
      ),
    ).toEqual({
      path: 'training.earlyStopping',
      message: 'training.earlyStopping needs validation > 0 (it watches the validation loss)',
      reason: { key: 'refusal.earlyStopping.validation', vars: {} },
    });
    expect(
      said(
        refusal((e) => {
          e.model.layers.splice(1, 0, { type: 'batchnorm' });
          e.training.batchSize = 1;
        }),
      ),
    ).toEqual({
      path: 'training.batchSize',
      message: 'training.batchSize is 1, but batch norm needs at least 2 samples per batch',
      reason: { key: 'refusal.batchSize.batchNorm', vars: { got: 1 } },
    });
    expect(
      said(refusal((e) => (e.optimizer = { name: 'sgd', momentum: 0, nesterov: true }))),
    ).toEqual({
      path: 'optimizer.momentum',
      message:
        'optimizer.momentum must be > 0 with nesterov true (PyTorch refuses Nesterov without momentum)',
      reason: { key: 'refusal.momentum.nesterov', vars: { got: 0 } },
    });
    expect(said(refusal((e) => (e.optimizer = { name: 'momentum', momentum: 0 })))).toEqual({
      path: 'optimizer.momentum',
      message: 'optimizer.momentum must be > 0 for momentum (use sgd for plain gradient descent)',
      reason: { key: 'refusal.momentum.needed', vars: { got: 0 } },
    });
  });

  it('say how far a batch is past the limit of layer outputs', () => {
    // A dense layer keeps its sums and their activations: 2·4096 = 8,192 numbers per sample
    // for the hidden layer, 2·2 = 4 for the output, 8,196 in all. A batch of 2000 holds
    // 2000·8,196 = 16,392,000, past the 16,000,000 limit.
    const wide = refusal((e) => {
      e.data.samples = 2000;
      e.model.layers = [
        { type: 'dense', units: 4096, activation: 'relu' },
        { type: 'dense', units: 2, activation: 'softmax' },
      ];
      e.training.batchSize = 2000;
    });
    expect(said(wide)).toEqual({
      path: 'training.batchSize',
      message:
        'training.batchSize is 2000: a batch of 2000 rows through this model holds 16,392,000 layer outputs; the limit is 16,000,000 (use a smaller batch or narrower layers; model.layers[0] holds the most, 8,192 per sample)',
      reason: {
        key: 'refusal.batchSize.activations',
        // The layer as the page numbers it: model.layers[0] is layer 1.
        vars: {
          got: 2000,
          rows: 2000,
          values: '16,392,000',
          limit: '16,000,000',
          layer: 1,
          held: '8,192',
        },
      },
    });
  });

  it('give every rule the page words, and only those', () => {
    const keys = [
      ...[{}, { gt: 0 }, { gt: 2 }, { ge: 0 }, { lt: 1 }, { le: 1 }].map((b) => [b, NaN] as const),
      ...[
        { gt: 0, lt: 1 },
        { gt: 0, le: 1 },
        { ge: 0, lt: 1 },
        { ge: 0, le: 1 },
      ].map((b) => [b, 2] as const),
    ].map(([bounds, value]) => specError(() => num(value, 'p', bounds)).reason?.key);
    keys.push(specError(() => int(0, 'p', 1)).reason?.key);
    keys.push(specError(() => int(9, 'p', 1, 8)).reason?.key);
    keys.push(specError(() => int(9, 'p', 1, 8, dataSize('iris'))).reason?.key);
    const edits: ((e: Doc) => void)[] = [
      (e) => (e.data.classes = 20),
      (e) => {
        e.data = {
          kind: 'inline',
          task: 'classification',
          x: [
            [0, 0],
            [1, 1],
          ],
          y: [0, 1000],
        };
      },
      (e) => (e.data.samples = 1),
      (e) => {
        e.training.earlyStopping = { patience: 5, minDelta: 0 };
        e.validation = 0;
      },
      (e) => {
        e.model.layers.splice(1, 0, { type: 'batchnorm' });
        e.training.batchSize = 1;
      },
      (e) => {
        e.data.samples = 2000;
        e.model.layers[0].units = 4096;
        e.model.layers.splice(1, 2);
        e.training.batchSize = 2000;
      },
      (e) => (e.optimizer = { name: 'nesterov', momentum: 0 }),
      (e) => (e.optimizer = { name: 'momentum', momentum: 0 }),
      // Switching from images to points with a shift still set; a mirror on digits.
      (e) => (e.training.augment = { shift: 2 }),
      (e) => {
        e.data = { kind: 'digits' };
        e.model = { layers: [{ type: 'dense', units: 10, activation: 'softmax' }] };
        e.training.augment = { flip: true };
      },
    ];
    keys.push(...edits.map((edit) => refusal(edit).reason?.key));
    expect(keys.sort()).toEqual([...REFUSAL_KEYS].sort());
  });
});

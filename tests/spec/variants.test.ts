// Changing one setting of an experiment: what changes, what stays, where new layers go,
// and that the input is never written to.
import { describe, expect, it } from 'vitest';
import { applySetting, applyTrial } from '../../src/spec/variants';
import { parseExperiment, type Experiment, type LayerSpec } from '../../src/spec';
import { deepFreeze } from './fixtures';

const dense = (units: number, activation: string, init = 'he_uniform') => ({
  type: 'dense',
  units,
  activation,
  init,
});

function base(layers: unknown[], optimizer: unknown = 'adam'): Experiment {
  return deepFreeze(
    parseExperiment({
      version: 1,
      data: { kind: 'spiral', samples: 60, classes: 3 },
      model: { layers },
      optimizer,
    }),
  );
}

const PLAIN = [dense(8, 'relu'), dense(8, 'tanh'), dense(3, 'softmax', 'xavier_uniform')];
const types = (e: Experiment) =>
  e.model.layers.map((l: LayerSpec) =>
    l.type === 'dense' || l.type === 'activation' ? `${l.type}:${l.activation}` : l.type,
  );

describe('applySetting', () => {
  it('optimizer settings: a whole optimizer, or one field of the current one', () => {
    const e = base(PLAIN);
    expect(applySetting(e, 'optimizer', { name: 'sgd', lr: 0.1 }).optimizer).toEqual({
      name: 'sgd',
      lr: 0.1,
    });
    expect(applySetting(e, 'lr', 0.5).optimizer.lr).toBe(0.5);
    expect(applySetting(e, 'weightDecay', 0.01).optimizer.weightDecay).toBe(0.01);
    // Adam has no momentum: nothing to set.
    expect(applySetting(e, 'momentum', 0.8)).toBe(e);
    expect(applySetting(base(PLAIN, 'rmsprop'), 'momentum', 0.8).optimizer.momentum).toBe(0.8);
  });

  it('training settings and the seed', () => {
    const e = base(PLAIN);
    expect(applySetting(e, 'batchSize', 7).training.batchSize).toBe(7);
    expect(applySetting(e, 'l2', 1e-3).training.l2).toBe(1e-3);
    expect(applySetting(e, 'seed', 9).seed).toBe(9);
  });

  it('initializer: every dense layer, the output included', () => {
    const e = applySetting(base(PLAIN), 'initializer', { name: 'normal', std: 0.01 });
    for (const layer of e.model.layers) {
      expect(layer.type === 'dense' && layer.init).toEqual({ name: 'normal', std: 0.01 });
    }
  });

  it('activation: every hidden dense layer, not the output', () => {
    const e = applySetting(base(PLAIN), 'activation', 'gelu');
    expect(types(e)).toEqual(['dense:gelu', 'dense:gelu', 'dense:softmax']);
  });

  it('activation: in the batch-norm shape, the activation layer after the linear dense layer', () => {
    const e = applySetting(base(PLAIN), 'batchNorm', true);
    expect(types(applySetting(e, 'activation', 'elu'))).toEqual([
      'dense:linear',
      'batchnorm',
      'activation:elu',
      'dense:linear',
      'batchnorm',
      'activation:elu',
      'dense:softmax',
    ]);
  });

  it('batch norm on: between each hidden dense layer and its activation; off: removed', () => {
    const on = applySetting(base(PLAIN), 'batchNorm', true);
    expect(types(on)).toEqual([
      'dense:linear',
      'batchnorm',
      'activation:relu',
      'dense:linear',
      'batchnorm',
      'activation:tanh',
      'dense:softmax',
    ]);
    // Already there: not added twice.
    expect(applySetting(on, 'batchNorm', true).model.layers).toEqual(on.model.layers);
    expect(types(applySetting(on, 'batchNorm', false))).toEqual([
      'dense:linear',
      'activation:relu',
      'dense:linear',
      'activation:tanh',
      'dense:softmax',
    ]);
  });

  it('dropout: inserted after each hidden block, rates set when present, 0 removes it', () => {
    const withBn = applySetting(base(PLAIN), 'batchNorm', true);
    const dropped = applySetting(withBn, 'dropout', 0.3);
    expect(types(dropped)).toEqual([
      'dense:linear',
      'batchnorm',
      'activation:relu',
      'dropout',
      'dense:linear',
      'batchnorm',
      'activation:tanh',
      'dropout',
      'dense:softmax',
    ]);
    const rates = (e: Experiment) =>
      e.model.layers.flatMap((l) => (l.type === 'dropout' ? [l.rate] : []));
    expect(rates(dropped)).toEqual([0.3, 0.3]);
    expect(rates(applySetting(dropped, 'dropout', 0.1))).toEqual([0.1, 0.1]);
    expect(types(applySetting(dropped, 'dropout', 0))).toEqual(types(withBn));
  });

  it('initial parameters follow their layers; a new batch norm starts fresh', () => {
    const params = [
      { W: [Array(8).fill(0.1), Array(8).fill(0.2)], b: Array(8).fill(0.3) },
      { W: Array.from({ length: 8 }, () => Array(8).fill(0.4)), b: Array(8).fill(0.5) },
      { W: Array.from({ length: 8 }, () => Array(3).fill(0.6)), b: Array(3).fill(0.7) },
    ];
    const e = deepFreeze(parseExperiment({ ...base(PLAIN), params }));
    const on = parseExperiment(applySetting(applySetting(e, 'batchNorm', true), 'dropout', 0.2));
    expect(on.params!.map((p) => Object.keys(p).join())).toEqual([
      'W,b',
      'gamma,beta',
      '',
      '',
      'W,b',
      'gamma,beta',
      '',
      '',
      'W,b',
    ]);
    expect(on.params![4]).toEqual(params[1]);
    expect(on.params![1]).toEqual({ gamma: Array(8).fill(1), beta: Array(8).fill(0) });
  });

  it('a trial applies its optimizer first, then the other settings to it', () => {
    const e = applyTrial(base(PLAIN), {
      lr: 0.3,
      momentum: 0.7,
      optimizer: { name: 'sgd', lr: 0.01, momentum: 0, nesterov: false, weightDecay: 0 },
      dropout: 0.2,
    });
    expect(e.optimizer).toEqual({
      name: 'sgd',
      lr: 0.3,
      momentum: 0.7,
      nesterov: false,
      weightDecay: 0,
    });
    expect(types(e)).toContain('dropout');
  });
});

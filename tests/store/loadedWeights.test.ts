// Loaded weights stay with their network: kept through other edits, set aside (with a
// notice) when the network changes.
import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../src/spec';
import type { Experiment } from '../../src/spec/types';
import { setAsideStaleParams } from '../../src/store/loadedWeights';

function loaded(): Experiment {
  const e = defaultExperiment();
  e.params = e.model.layers.map(() => ({}));
  return e;
}

describe('setAsideStaleParams', () => {
  it('keeps the weights when the network stays', () => {
    const current = loaded();
    const edited = structuredClone(current);
    edited.seed = 9;
    edited.optimizer.lr = 0.5;
    expect(setAsideStaleParams(current, edited)).toBeNull();
    expect(edited.params).toEqual(current.params);
  });

  it('sets them aside when the network changes, and says so', () => {
    const current = loaded();
    const edited = structuredClone(current);
    edited.model.layers.splice(1, 0, { type: 'dropout', rate: 0.1 });
    expect(setAsideStaleParams(current, edited)).toEqual({ key: 'notice.weightsSetAside' });
    expect(edited.params).toBeNull();
  });

  it('leaves new weights that come with a new network (a model file) alone', () => {
    const current = loaded();
    const edited = structuredClone(current);
    edited.model.layers.pop();
    edited.params = edited.model.layers.map(() => ({}));
    expect(setAsideStaleParams(current, edited)).toBeNull();
    expect(setAsideStaleParams(defaultExperiment(), edited)).toBeNull();
  });
});

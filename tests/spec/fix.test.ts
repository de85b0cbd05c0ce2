// A finding's fix written into a document (spec/fix.ts): each kind of setting, and a fix
// aimed at a layer without that field refused with the reason.
import { describe, expect, it } from 'vitest';
import { defaultExperiment, parseExperiment } from '../../src/spec';
import { withFix } from '../../src/spec/fix';
import type { Experiment } from '../../src/spec/types';

const base = (): Experiment =>
  parseExperiment({
    ...defaultExperiment(),
    model: {
      layers: [
        { type: 'dense', units: 8, activation: 'tanh', init: 'zeros' },
        { type: 'dropout', rate: 0.1 },
        { type: 'dense', units: 8, activation: 'sigmoid' },
        { type: 'dense', units: 2, activation: 'softmax' },
      ],
    },
  });

describe('withFix', () => {
  it('sets the learning rate, the normalisation and early stopping', () => {
    expect(withFix(base(), { setting: 'lr', value: 0.01 }).optimizer.lr).toBe(0.01);
    expect(withFix(base(), { setting: 'normalize', value: 'standardize' }).data.normalize).toBe(
      'standardize',
    );
    expect(
      withFix(base(), { setting: 'earlyStopping', patience: 5 }).training.earlyStopping,
    ).toEqual({
      patience: 5,
      minDelta: 0,
    });
  });

  it("sets the layers' initializer or activation, and the result is a valid document", () => {
    const inits = withFix(base(), { setting: 'init', layers: [0, 2], value: 'xavier_uniform' });
    const parsed = parseExperiment(inits);
    expect(parsed.model.layers[0]).toMatchObject({ init: { name: 'xavier_uniform' } });
    expect(parsed.model.layers[2]).toMatchObject({ init: { name: 'xavier_uniform' } });
    const relu = parseExperiment(
      withFix(base(), { setting: 'activation', layers: [0, 2], value: 'relu' }),
    );
    expect([relu.model.layers[0], relu.model.layers[2]]).toMatchObject([
      { activation: 'relu' },
      { activation: 'relu' },
    ]);
  });

  it('refuses a layer without the field, or past the network, and says which', () => {
    expect(() => withFix(base(), { setting: 'init', layers: [1], value: 'he_uniform' })).toThrow(
      'a dropout layer has no initializer',
    );
    expect(() => withFix(base(), { setting: 'activation', layers: [9], value: 'relu' })).toThrow(
      'the network has no layer 10',
    );
  });
});

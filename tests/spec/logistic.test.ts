// Logistic regression as the experiment's network without its hidden layers (spec/logistic.ts).
import { describe, expect, it } from 'vitest';
import { defaultExperiment, parseExperiment } from '../../src/spec';
import { logisticExperiment } from '../../src/spec/logistic';

describe('logisticExperiment', () => {
  it('keeps the output layer alone, with the same loss, optimizer and data', () => {
    const network = defaultExperiment();
    const logistic = parseExperiment(logisticExperiment(network));
    expect(logistic.model.layers).toEqual([network.model.layers.at(-1)]);
    expect(logistic.model.loss).toBe(network.model.loss);
    expect(logistic.optimizer).toEqual(network.optimizer);
    expect(logistic.data).toEqual(network.data);
  });

  it('keeps a softmax written as a layer of its own, after a linear dense layer', () => {
    const apart = parseExperiment({
      ...defaultExperiment(),
      model: {
        layers: [
          { type: 'dense', units: 8, activation: 'relu' },
          { type: 'dense', units: 2, activation: 'linear' },
          { type: 'activation', activation: 'softmax' },
        ],
      },
    });
    expect(parseExperiment(logisticExperiment(apart)).model.layers).toEqual(
      apart.model.layers.slice(1),
    );
  });

  it('refuses a sigmoid output fitted by squared error: that is not the log-likelihood', () => {
    const mse = parseExperiment({
      ...defaultExperiment(),
      model: { layers: [{ type: 'dense', units: 1, activation: 'sigmoid' }], loss: 'mse' },
    });
    expect(() => logisticExperiment(mse)).toThrow('trained with cross-entropy');
  });

  it('refuses a regression network: there is nothing to classify', () => {
    const regression = parseExperiment({
      ...defaultExperiment(),
      data: { kind: 'plane' },
      model: {
        layers: [
          { type: 'dense', units: 8, activation: 'tanh' },
          { type: 'dense', units: 1 },
        ],
        loss: 'mse',
      },
    });
    expect(() => logisticExperiment(regression)).toThrow('logistic regression needs a classifier');
  });
});

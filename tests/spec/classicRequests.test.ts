// The classic-methods worker's requests, checked before any data is made: each refusal names
// the field, and a good request comes back resolved (the experiment's defaults filled).
import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../src/spec';
import {
  parseCurseRequest,
  parseKMeansRequest,
  parseKnnSettings,
  parsePcaRequest,
  parsePoint,
} from '../../src/spec/classicRequests';

const experiment = defaultExperiment();

describe('the classic-methods requests', () => {
  it('takes kNN’s settings with their defaults, and refuses another method for neighbours', () => {
    expect(parseKnnSettings({ name: 'knn' })).toEqual({ name: 'knn', k: 5, metric: 'euclidean' });
    expect(() => parseKnnSettings({ name: 'linearSvm' })).toThrow(
      'method.name must be knn: only kNN has neighbours to show (got linearSvm)',
    );
  });

  it('takes a point as an [x, y] pair of finite numbers', () => {
    expect(parsePoint([0.5, -1])).toEqual([0.5, -1]);
    expect(() => parsePoint([0.5, Infinity])).toThrow('point[1] must be a finite number');
    expect(() => parsePoint([1, 2, 3])).toThrow('point must be an [x, y] pair (got 3 numbers)');
    expect(() => parsePoint({ x: 1, y: 2 })).toThrow('point must be an array');
  });

  it('takes a k-means request: k from 1 to 16, an integer seed, the experiment checked', () => {
    const request = parseKMeansRequest({ experiment, k: 16, seed: 0 });
    expect(request).toEqual({ experiment, k: 16, seed: 0 });
    expect(() => parseKMeansRequest({ experiment, k: 2.5, seed: 0 })).toThrow(
      'k must be a positive integer (got 2.5)',
    );
    expect(() => parseKMeansRequest({ experiment, k: 17, seed: 0 })).toThrow(
      'k must be at most 16, the clusters the page can colour (got 17)',
    );
    expect(() => parseKMeansRequest({ experiment, k: 3, seed: 2 ** 32 })).toThrow(
      'seed must be at most 4294967295',
    );
    expect(() =>
      parseKMeansRequest({ experiment: { ...experiment, seed: -1 }, k: 3, seed: 0 }),
    ).toThrow('seed must be');
  });

  it('takes a curse request: up to 12 rising dimension counts from 2 to 1000, and kNN’s k', () => {
    const request = parseCurseRequest({ experiment, dimensions: [2, 50, 1000], k: 5 });
    expect(request.dimensions).toEqual([2, 50, 1000]);
    expect(() => parseCurseRequest({ experiment, dimensions: [2, 2], k: 5 })).toThrow(
      'dimensions[1] must be larger than dimensions[0] (2): the counts go up (got 2)',
    );
    expect(() => parseCurseRequest({ experiment, dimensions: [2, '5'], k: 5 })).toThrow(
      'dimensions[1] must be an integer >= 2',
    );
    expect(() => parseCurseRequest({ experiment, dimensions: 5, k: 5 })).toThrow(
      'dimensions must be an array',
    );
    expect(() => parseCurseRequest({ experiment, dimensions: [2], k: 501 })).toThrow(
      'k must be at most 500',
    );
  });

  it('takes PCA’s data block with its set’s defaults, and the seed', () => {
    const { data, facts, seed } = parsePcaRequest({ kind: 'wine' }, 7);
    expect(data).toMatchObject({ kind: 'wine', samples: 178, normalize: 'standardize' });
    expect([facts.features, facts.classes, seed]).toEqual([13, 3, 7]);
    expect(() => parsePcaRequest({ kind: 'wine', noise: 0.5 }, 7)).toThrow('data.noise');
    expect(() => parsePcaRequest({ kind: 'wine' }, '7')).toThrow('seed must be');
  });
});

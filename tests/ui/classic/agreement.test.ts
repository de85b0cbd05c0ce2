// How well k-means' clusters match the classes: each cluster named by its majority class.
import { describe, expect, it } from 'vitest';
import { agreement } from '../../../src/ui/classic/clustering/agreement';

describe('the clusters’ agreement with the classes', () => {
  it('is 1 for clusters that are the classes under other names, less where they mix', () => {
    const labels = Int32Array.from([0, 0, 1, 1, 2, 2]);
    expect(agreement(Int32Array.from([2, 2, 0, 0, 1, 1]), labels, 3, 3)).toBe(1);
    // Cluster 0 holds two of class 0 and one of class 1: five of six points agree.
    expect(agreement(Int32Array.from([0, 0, 0, 1, 2, 2]), labels, 3, 3)).toBeCloseTo(5 / 6, 12);
    // One cluster for three classes: only the majority's two.
    expect(agreement(Int32Array.from([0, 0, 0, 0, 0, 0]), labels, 1, 3)).toBeCloseTo(2 / 6, 12);
  });

  it('is nothing before the first assignment', () => {
    expect(agreement(Int32Array.from([-1, -1]), Int32Array.from([0, 1]), 2, 2)).toBeNull();
  });
});

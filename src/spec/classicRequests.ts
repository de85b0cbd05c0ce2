// The classic-methods worker's requests besides a fit's settings (classic.ts), checked here:
// the worker trusts nothing it is sent, and the page may be wrong. Each refusal names the
// field: `k must be at most 20 (got 25)`, `dimensions[2] must be larger than …`.
import { parseClassicSettings, CLASSIC_CATALOG, type ClassicSettings } from './classic';
import { fail, get, int, isRecord, item, list, num, record, reject } from './check';
import { parseData, type DataFacts } from './data';
import { parseExperiment } from './experiment';
import { LIMITS } from './limits';
import type { CurseRequest, KMeansRequest } from './protocol/classic';
import type { DataSpec } from './types';

/** Clusters k-means takes at most: each gets a colour of its own on the page. */
export const KMEANS_MAX_K = 16;
/** The curse's chart: at most this many dimension counts, each from 2 (the data as it is)
 *  to this many (where kNN has long been guessing, and a step still takes under a second). */
export const CURSE_MAX_DIMENSIONS = 1000;
export const CURSE_MAX_COUNTS = 12;

/** kNN's settings, the only method with neighbours to show. */
export function parseKnnSettings(
  input: unknown,
  path = 'method',
): Extract<ClassicSettings, { name: 'knn' }> {
  const settings = parseClassicSettings(input, path);
  if (settings.name !== 'knn') {
    fail(`${path}.name`, `must be knn: only kNN has neighbours to show (got ${settings.name})`);
  }
  return settings;
}

/** A point of the picture: a raw [x, y] pair of finite numbers. */
export function parsePoint(input: unknown, path = 'point'): [number, number] {
  const pair = list(input, path);
  if (pair.length !== 2) fail(path, `must be an [x, y] pair (got ${pair.length} numbers)`);
  return [num(pair[0], item(path, 0)), num(pair[1], item(path, 1))];
}

export function parseKMeansRequest(input: unknown): KMeansRequest {
  const raw = requestFields(input, 'a k-means request', ['experiment', 'k', 'seed']);
  // The bound by the training part's size is the worker's: the data is not made here.
  const k = int(get(raw, 'k'), 'k', 1, KMEANS_MAX_K, 'the clusters the page can colour');
  const seed = int(get(raw, 'seed'), 'seed', 0, LIMITS.seed);
  return { experiment: parseExperiment(get(raw, 'experiment')), k, seed };
}

export function parseCurseRequest(input: unknown): CurseRequest {
  const raw = requestFields(input, 'a curse request', ['experiment', 'dimensions', 'k']);
  const counts = list(get(raw, 'dimensions'), 'dimensions', {
    min: 1,
    max: CURSE_MAX_COUNTS,
    noun: 'dimension counts',
  });
  const dimensions = counts.map((value, i) =>
    int(value, item('dimensions', i), 2, CURSE_MAX_DIMENSIONS),
  );
  dimensions.forEach((count, i) => {
    if (i > 0 && count <= dimensions[i - 1]) {
      fail(
        item('dimensions', i),
        `must be larger than dimensions[${i - 1}] (${dimensions[i - 1]}): the counts go up (got ${count})`,
      );
    }
  });
  const k = int(get(raw, 'k'), 'k', 1, CLASSIC_CATALOG.knn.k.bounds.le);
  return { experiment: parseExperiment(get(raw, 'experiment')), dimensions, k };
}

/** PCA's data block (as an experiment's `data`, defaults filled) and the seed it is drawn with. */
export function parsePcaRequest(
  data: unknown,
  seed: unknown,
): { data: DataSpec; facts: DataFacts; seed: number } {
  const { spec, facts } = parseData(data, 'data');
  return { data: spec, facts, seed: int(seed, 'seed', 0, LIMITS.seed) };
}

/** An object of the request's own fields only. */
function requestFields(input: unknown, owner: string, fields: string[]) {
  if (!isRecord(input)) reject('request', 'an object', input);
  return record(input, '', { owner, fields });
}

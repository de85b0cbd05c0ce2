// Conventions shared by every generator, so that `noise` and the picture mean the same thing
// from one data set to the next:
//
// - Scale: 2-D inputs lie in [-1, 1] (the clean data; jitter may step a little outside) and
//   the view is [-1.5, 1.5] (the catalog's rows say so). This is TF Playground's picture (data in [-5, 5], view [-6, 6])
//   divided by 5, so a network sees inputs of order 1 without any normalisation.
// - Noise: the standard deviation of Gaussian jitter in the data's own units, 0 = clean.
//   Classification sets add it to every input coordinate *after* the class is fixed, so
//   classes start to overlap as it grows (scikit-learn's make_moons / make_circles rule);
//   regression sets add it to the target (y = f(x) + ε). The jitter is drawn even when
//   noise is 0, so one seed gives the same clean points at every noise level: moving the
//   noise slider blurs the picture rather than redrawing it.
// - Classes: sample i belongs to class i mod classes, so the classes are balanced and every
//   class is present whenever samples ≥ classes. Training shuffles, and a validation split
//   permutes, so this interleaved order costs nothing.
import type { Dataset, DataSetEntry, GeneratorOptions } from '../dataset';
import type { Rng } from '../../random';

/** Generators draw synchronously; the registry's `load` is async for the real sets' sake. */
export function fromGenerator(
  generate: (options: GeneratorOptions, rng: Rng) => Dataset,
): DataSetEntry['load'] {
  return (options, rng) => Promise.resolve(generate(options, rng));
}

/** Writes point (a, b) plus jitter of std `noise` into row i of a 2-column buffer. */
export function putPoint(
  x: Float32Array,
  i: number,
  a: number,
  b: number,
  noise: number,
  rng: Rng,
): void {
  x[2 * i] = a + noise * rng.normal();
  x[2 * i + 1] = b + noise * rng.normal();
}

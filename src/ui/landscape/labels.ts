// The words around the landscape: the axes' names, the loss range, and what a screen reader
// says for the picture. Kept beside the drawing so the canvas and its text agree.
import type { LandscapeDirections, LandscapePicture } from '../../worker/protocol';
import { formatValue } from '../charts/format';

export const DIRECTION_CHOICES: readonly { value: LandscapeDirections; label: string }[] = [
  { value: 'random', label: 'Random directions (filter-normalised)' },
  { value: 'pca', label: 'Principal directions of the training path' },
];

/** "PC1 (83.2% of variance)" for the PCA plane; "direction 1" for random ones. */
export function axisLabels(picture: LandscapePicture): [string, string] {
  const explained = picture.explained;
  if (explained === null) return ['direction 1', 'direction 2'];
  const share = (v: number) => `${(100 * v).toFixed(1)}% of variance`;
  return [`PC1 (${share(explained[0])})`, `PC2 (${share(explained[1])})`];
}

export interface LossRange {
  min: number;
  max: number;
  /** Points where the loss overflowed (+Infinity). */
  overflowed: number;
}

/** The smallest and largest finite loss computed so far; null before the first. */
export function lossRange(values: Float32Array): LossRange | null {
  let min = Infinity,
    max = -Infinity,
    overflowed = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === Infinity) overflowed++;
    else if (Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return min === Infinity ? null : { min, max, overflowed };
}

/** The picture's accessible name: the plane, its axes, the loss range and the markings. */
export function landscapeDescription(picture: LandscapePicture, range: LossRange | null): string {
  const r = picture.resolution;
  const plane = DIRECTION_CHOICES.find((c) => c.value === picture.directions)!.label;
  const [x, y] = axisLabels(picture);
  const loss =
    range === null
      ? 'no loss computed yet'
      : `loss from ${formatValue(range.min)} to ${formatValue(range.max)}` +
        (range.overflowed > 0 ? `, overflowing at ${range.overflowed} points` : '');
  const progress =
    picture.computed < picture.total
      ? ` (${picture.computed} of ${picture.total} points so far)`
      : '';
  const path =
    picture.path === null
      ? ''
      : `; the training path through ${picture.path.length / 2} recorded weights ends there`;
  return (
    `Loss landscape, ${plane.toLowerCase()}, ${r}×${r} points${progress}: horizontal ${x}, ` +
    `vertical ${y}; ${loss}. A star marks the current weights at (0, 0)${path}.`
  );
}

/** "41×41 points on 320 training samples in 0.52 s". */
export function computedSummary(picture: LandscapePicture): string {
  const r = picture.resolution;
  const seconds = picture.elapsedMs / 1000;
  const time = seconds < 10 ? seconds.toFixed(2) : seconds.toFixed(0);
  return `${r}×${r} points on ${picture.rows} training samples in ${time} s`;
}

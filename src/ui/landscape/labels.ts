// The words around the landscape: the axes' names, the loss range, and what a screen reader
// says for the picture. Kept beside the drawing so the canvas and its text agree.
import type { LandscapeDirections, LandscapePicture } from '../../spec/protocol/training';
import { formatValue } from '../charts/format';
import type { MessageKey } from '../i18n/dictionaries/en';
import type { Translator } from '../i18n/translate';

/** Each plane's name as a choice, and as it reads inside a sentence. */
export const DIRECTION_CHOICES: readonly {
  value: LandscapeDirections;
  label: MessageKey;
  inline: MessageKey;
}[] = [
  { value: 'random', label: 'landscape.random', inline: 'landscape.randomInline' },
  { value: 'pca', label: 'landscape.pca', inline: 'landscape.pcaInline' },
];

/** "PC1 (83.2% of variance)" for the PCA plane; "direction 1" for random ones. */
export function axisLabels(t: Translator, picture: LandscapePicture): [string, string] {
  const explained = picture.explained;
  if (explained === null) {
    return [t('landscape.direction', { n: 1 }), t('landscape.direction', { n: 2 })];
  }
  const pc = (n: number) =>
    t('landscape.pc', { n, share: `${(100 * explained[n - 1]).toFixed(1)}%` });
  return [pc(1), pc(2)];
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
export function landscapeDescription(
  t: Translator,
  picture: LandscapePicture,
  range: LossRange | null,
): string {
  const r = picture.resolution;
  const plane = DIRECTION_CHOICES.find((c) => c.value === picture.directions)!.inline;
  const [x, y] = axisLabels(t, picture);
  const loss =
    range === null
      ? t('landscape.noLoss')
      : t(range.overflowed > 0 ? 'landscape.lossRangeOverflow' : 'landscape.lossRange', {
          min: formatValue(range.min),
          max: formatValue(range.max),
          count: range.overflowed,
        });
  const progress =
    picture.computed < picture.total
      ? t('landscape.soFar', { computed: picture.computed, total: picture.total })
      : '';
  const path =
    picture.path === null ? '' : t('landscape.pathEnds', { count: picture.path.length / 2 });
  return t('landscape.describe', {
    plane: t(plane),
    size: `${r}×${r}`,
    progress,
    x,
    y,
    loss,
    path,
  });
}

/** "41×41 points on 320 training samples in 0.52 s". */
export function computedSummary(t: Translator, picture: LandscapePicture): string {
  const r = picture.resolution;
  const seconds = picture.elapsedMs / 1000;
  const time = seconds < 10 ? seconds.toFixed(2) : seconds.toFixed(0);
  return t('landscape.summary', { size: `${r}×${r}`, rows: picture.rows, time });
}

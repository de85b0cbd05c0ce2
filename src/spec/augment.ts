// The `augment` block of `training` (extension): random changes to each training minibatch,
// so the network seldom sees the same sample twice and has to learn what survives the change.
// Jitter works on any data; the image transforms (shift, rotate, flip, crop) move an image's
// pixels and need image inputs. The engine applies them (engine/augment.ts) to training
// minibatches only: validation, test, statistics and the glass box see the data as it is.
import { DATASET_NAMES, dataSetEntry, isDataSetName } from './catalog/datasets';
import { at, bool, describe, fail, int, isRecord, num, record, reject, valueOr } from './check';
import type { Bounds } from './check';
import { DEFAULTS } from './defaults';
import { isImage, type ImageShape, type Shape } from './layers/shape';
import { LIMITS } from './limits';
import type { AugmentSpec, DataSpec } from './types';

export const AUGMENT_FIELDS = ['jitter', 'shift', 'rotate', 'flip', 'crop'] as const;

/** The transforms that move pixels: image inputs only. */
export const IMAGE_AUGMENTS = ['shift', 'rotate', 'flip', 'crop'] as const;

/** The ranges of the numeric fields, as num() takes them (shift's bound is maxShift's). */
export const AUGMENT_RANGES = {
  /** σ in the units the network sees (after normalisation); limits.ts says why 100. */
  jitter: { ge: 0, le: LIMITS.jitter },
  /** Degrees either way: a tilt, as handwriting and photos have. Past 45° a 6 turns
   *  towards a 9 and a shirt lies on its side. */
  rotate: { ge: 0, le: 45 },
  /** The smallest share of the side kept: 1 keeps the whole image (off); 0 would keep
   *  nothing to zoom into. */
  crop: { gt: 0, le: 1 },
} as const satisfies Record<string, Bounds>;

/** Whether any image transform is on: the engine draws the image maps only then. */
export function movesPixels(spec: AugmentSpec): boolean {
  return spec.shift > 0 || spec.rotate > 0 || spec.flip || spec.crop < 1;
}

/**
 * The largest shift for `image`: less than half its smaller side, so that the middle of the
 * image, where the object is, never leaves the frame. 13 for 28×28, 3 for 8×8.
 */
export function maxShift(image: ImageShape): number {
  return Math.ceil(Math.min(image[1], image[2]) / 2) - 1;
}

/**
 * Whether `flip` may be on: a built-in set says whether a mirror image keeps its class
 * (catalog/datasets.ts: Fashion-MNIST yes, digits no); inline images are their owner's call.
 */
export function flipAllowed(data: DataSpec): boolean {
  if (!isDataSetName(data.kind)) return true;
  return dataSetEntry(data.kind).mirror?.keepsClass === true;
}

/** What the block is checked against: the model's inputs and the data they come from. */
export interface AugmentContext {
  inputs: Shape;
  data: DataSpec;
}

/** null (off), or the five fields with defaults (off) filled in. */
export function parseAugment(
  value: unknown,
  path: string,
  { inputs, data }: AugmentContext,
): AugmentSpec | null {
  const image = isImage(inputs) ? inputs : null;
  const spec = readAugment(value, path, image);
  if (spec === null) return null;
  const d = DEFAULTS.augment;
  if (image === null) {
    // A resolved document holds the image fields off: those read back without complaint.
    const on = IMAGE_AUGMENTS.find((key) => spec[key] !== d[key]);
    if (on !== undefined) {
      fail(
        at(path, on),
        `is ${describe(spec[on])}, but the inputs are not an image (model.inputs is ${inputs}): shift, rotate, flip and crop move an image's pixels; jitter works on any data`,
        { key: 'refusal.augment.imageOnly', vars: { got: describe(spec[on]) } },
      );
    }
  } else if (spec.flip && !flipAllowed(data)) {
    const why = isDataSetName(data.kind) ? dataSetEntry(data.kind).mirror?.why : undefined;
    const mirrorable = DATASET_NAMES.filter((name) => dataSetEntry(name).mirror?.keepsClass);
    fail(
      at(path, 'flip'),
      `is true, but a mirror image of ${data.kind} shows another class${why === undefined ? '' : ` (${why})`}: flip suits images that keep their class in a mirror, such as ${[...mirrorable, 'inline'].join(' or ')} images`,
      { key: 'refusal.augment.flip', vars: { data: data.kind } },
    );
  }
  return spec;
}

/**
 * One value of a compare's `vary: "augment"`: null, or the fields checked as `training.augment`
 * checks them on their own. What depends on the experiment (an image transform on points, a
 * mirror of digits, a shift past half the side) is the variant's own validation, which names
 * the value. An object that changes nothing (`{}`) reads as null: two runs would train alike.
 */
export function parseAugmentValue(value: unknown, path: string): AugmentSpec | null {
  const spec = readAugment(value, path, null);
  return spec === null || isOff(spec) ? null : spec;
}

/** Whether every field is off: training as with `augment: null`. */
export function isOff(spec: AugmentSpec): boolean {
  return AUGMENT_FIELDS.every((key) => spec[key] === DEFAULTS.augment[key]);
}

/** The fields read and range-checked, defaults filled in; a shift bounded by `image`'s side. */
function readAugment(value: unknown, path: string, image: ImageShape | null): AugmentSpec | null {
  if (value === null) return null;
  if (!isRecord(value)) reject(path, `null or an object { ${AUGMENT_FIELDS.join(', ')} }`, value);
  const raw = record(value, path, { owner: 'augment', fields: AUGMENT_FIELDS });
  const d = DEFAULTS.augment;
  const field = (key: (typeof AUGMENT_FIELDS)[number]) => valueOr(raw, key, d[key]);
  const side = image && Math.min(image[1], image[2]);
  return {
    jitter: num(field('jitter'), at(path, 'jitter'), AUGMENT_RANGES.jitter),
    shift: image
      ? int(field('shift'), at(path, 'shift'), 0, maxShift(image), `under half the side of ${side}`)
      : int(field('shift'), at(path, 'shift'), 0),
    rotate: num(field('rotate'), at(path, 'rotate'), AUGMENT_RANGES.rotate),
    flip: bool(field('flip'), at(path, 'flip')),
    crop: num(field('crop'), at(path, 'crop'), AUGMENT_RANGES.crop),
  };
}

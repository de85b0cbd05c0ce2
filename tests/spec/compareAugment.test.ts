// A compare of augmentations (vary "augment"): each value read as `training.augment` reads
// its fields, an object that changes nothing read as null, the runs named by what is on,
// and what depends on the data (an image transform on points, a mirror of digits, a shift
// past half the side) refused by the variant's own validation, naming the value.
import { describe, expect, it } from 'vitest';
import { compareVariants, parseCompare } from '../../src/spec';
import { SETTINGS } from '../../src/spec/compare';
import { contractExample, specError, type Doc } from './fixtures';

const OFF = { jitter: 0, shift: 0, rotate: 0, flip: false, crop: 1 };

/** A compare of augmentations over the contract's 2-D spiral: point inputs. */
function points(values: unknown[]): Doc {
  const experiment = contractExample();
  delete experiment.kind;
  experiment.data.samples = 80;
  return { version: 1, kind: 'compare', experiment, vary: 'augment', values };
}

/** The same over a small digits classifier: 8×8 image inputs. */
function digits(values: unknown[]): Doc {
  const doc = points(values);
  doc.experiment.data = { kind: 'digits', samples: 100 };
  doc.experiment.model = { layers: [{ type: 'dense', units: 10, activation: 'softmax' }] };
  return doc;
}

describe('vary "augment"', () => {
  it('reads null and objects, every field filled in, and {} as null', () => {
    const read = (v: unknown) => SETTINGS.augment(v, 'values[0]');
    expect(read(null)).toBeNull();
    expect(read({})).toBeNull();
    expect(read({ jitter: 0, crop: 1 })).toBeNull();
    expect(read({ jitter: 0.1 })).toEqual({ ...OFF, jitter: 0.1 });
    expect(read({ shift: 1, rotate: 10, crop: 0.9 })).toEqual({
      ...OFF,
      shift: 1,
      rotate: 10,
      crop: 0.9,
    });
  });

  it('runs each value as training.augment, the rest of the experiment the same', () => {
    const spec = parseCompare(digits([null, { shift: 1, rotate: 10, crop: 0.9 }]));
    const [off, on] = compareVariants(spec);
    expect(off.experiment).toEqual(spec.experiment);
    expect(on.experiment).toEqual({
      ...spec.experiment,
      training: {
        ...spec.experiment.training,
        augment: { ...OFF, shift: 1, rotate: 10, crop: 0.9 },
      },
    });
    // Nothing reshapes: the initial parameters stay the experiment's.
    expect(on.experiment.model).toEqual(spec.experiment.model);
  });

  it('names each run by the transforms that are on', () => {
    const spec = parseCompare(
      digits([
        null,
        { jitter: 0.1 },
        { shift: 2, rotate: 10, crop: 0.9 },
        { jitter: 0.05, shift: 1 },
      ]),
    );
    expect(compareVariants(spec).map((v) => v.label)).toEqual([
      'no augmentation',
      'jitter 0.1',
      'shift 2 · rotate 10° · crop 0.9',
      'jitter 0.05 · shift 1',
    ]);
  });

  it('reads back unchanged, through JSON too', () => {
    const once = parseCompare(points([null, { jitter: 0.1 }, { jitter: 0.2 }]));
    expect(parseCompare(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });

  it('refuses a field out of its range or unknown, by its place in the values', () => {
    const refused = (values: unknown[]) => specError(() => parseCompare(digits(values))).message;
    expect(refused([null, { rotate: 90 }])).toBe(
      'values[1].rotate must be a number in [0, 45] (got 90)',
    );
    expect(refused([null, { crop: 0 }])).toBe('values[1].crop must be a number in (0, 1] (got 0)');
    expect(refused([null, { zoom: 2 }])).toMatch(/^values\[1\]/);
    expect(refused([null, 'shift'])).toMatch(/^values\[1\] must be null or an object/);
  });

  it('refuses {} beside null: the two runs would train alike', () => {
    expect(specError(() => parseCompare(points([null, {}]))).message).toBe(
      'values[1] repeats values[0]',
    );
  });

  it('refuses an image transform on points through the experiment, naming the value', () => {
    const e = specError(() => parseCompare(points([null, { jitter: 0.1, shift: 2 }])));
    expect(e.path).toBe('values[1]');
    expect(e.message).toMatch(
      /^values\[1\] \(jitter 0\.1 · shift 2\) gives an invalid experiment: training\.augment\.shift is 2, but the inputs are not an image/,
    );
  });

  it('refuses what the images do not allow: a mirror of digits, a shift past half the side', () => {
    const flip = specError(() => parseCompare(digits([null, { flip: true }]))).message;
    expect(flip).toMatch(
      /^values\[1\] \(flip\) gives an invalid experiment: training\.augment\.flip is true, but a mirror image of digits shows another class/,
    );
    const shift = specError(() => parseCompare(digits([null, { shift: 4 }]))).message;
    expect(shift).toMatch(
      /^values\[1\] \(shift 4\) gives an invalid experiment: training\.augment\.shift must be .*at most 3/,
    );
  });

  it('is offered to compares only: a search has no augment range', () => {
    const search = {
      version: 1,
      kind: 'search',
      experiment: points([]).experiment,
      trials: 2,
      epochs: 1,
      ranges: { augment: { values: [null, { jitter: 0.1 }] } },
    };
    expect(() => parseCompare(search)).toThrow();
  });
});

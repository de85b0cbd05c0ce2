// training.augment (extension): defaults, the ranges, and the refusals that name the field
// and say why: image transforms on data that is not an image, a mirror on digits.
import { describe, expect, it } from 'vitest';
import { parseExperiment } from '../../src/spec';
import { flipAllowed, maxShift, movesPixels } from '../../src/spec/augment';
import { contractExample, specError, type Doc } from './fixtures';

const OFF = { jitter: 0, shift: 0, rotate: 0, flip: false, crop: 1 };

/** The contract's 2-D spiral with `augment`. */
function points(augment: unknown): Doc {
  const doc = contractExample();
  doc.training.augment = augment;
  return doc;
}

/** A small Fashion-MNIST (or digits) classifier with `augment`: image inputs. */
function images(augment: unknown, kind = 'fashion_mnist'): Doc {
  return {
    version: 1,
    data: { kind, samples: 200 },
    model: { layers: [{ type: 'dense', units: 10, activation: 'softmax' }] },
    training: { augment },
  };
}

const refused = (doc: Doc) => specError(() => parseExperiment(doc));

describe('training.augment', () => {
  it('is null when absent or null: the contract training', () => {
    expect(parseExperiment(contractExample()).training.augment).toBeNull();
    expect(parseExperiment(points(null)).training.augment).toBeNull();
  });

  it('fills every field, each off unless given, and reads back unchanged', () => {
    expect(parseExperiment(points({})).training.augment).toEqual(OFF);
    const jitter = parseExperiment(points({ jitter: 0.1 }));
    // On points the image fields resolve off, and the resolved document parses again.
    expect(jitter.training.augment).toEqual({ ...OFF, jitter: 0.1 });
    expect(parseExperiment(jitter)).toEqual(jitter);
    const all = { jitter: 0.2, shift: 13, rotate: 45, flip: true, crop: 0.5 };
    const fashion = parseExperiment(images(all));
    expect(fashion.training.augment).toEqual(all);
    expect(parseExperiment(fashion)).toEqual(fashion);
  });

  it('takes the image transforms on inline images, a mirror included (the owner’s call)', () => {
    const doc = images({ flip: true, shift: 1 });
    doc.data = {
      kind: 'inline',
      task: 'classification',
      shape: [1, 3, 4],
      x: [Array.from({ length: 12 }, (_, i) => i), Array.from({ length: 12 }, () => 0)],
      y: [0, 1],
    };
    doc.validation = 0;
    doc.model.layers[0].units = 2;
    expect(parseExperiment(doc).training.augment).toEqual({ ...OFF, flip: true, shift: 1 });
  });

  it.each<[string, Doc, string]>([
    [
      'an unknown field',
      points({ zoom: 2 }),
      'training.augment.zoom is not a field of augment (fields: jitter, shift, rotate, flip, crop)',
    ],
    [
      'not an object',
      points(true),
      'training.augment must be null or an object { jitter, shift, rotate, flip, crop } (got true)',
    ],
    [
      'a negative jitter',
      points({ jitter: -0.1 }),
      'training.augment.jitter must be a number in [0, 100] (got -0.1)',
    ],
    [
      'an absurd jitter',
      points({ jitter: 1e9 }),
      'training.augment.jitter must be a number in [0, 100] (got 1000000000)',
    ],
    [
      'a fractional shift',
      images({ shift: 1.5 }),
      'training.augment.shift must be a non-negative integer (got 1.5)',
    ],
    [
      'a negative shift',
      images({ shift: -1 }),
      'training.augment.shift must be a non-negative integer (got -1)',
    ],
    // Half of 28 is 14: a shift of 14 could move the middle of the image out of the frame.
    [
      'a shift of half the side',
      images({ shift: 14 }),
      'training.augment.shift must be at most 13, under half the side of 28 (got 14)',
    ],
    [
      'a shift of half of digits’ side',
      images({ shift: 4 }, 'digits'),
      'training.augment.shift must be at most 3, under half the side of 8 (got 4)',
    ],
    [
      'a rotation past 45°',
      images({ rotate: 46 }),
      'training.augment.rotate must be a number in [0, 45] (got 46)',
    ],
    [
      'a negative rotation',
      images({ rotate: -5 }),
      'training.augment.rotate must be a number in [0, 45] (got -5)',
    ],
    [
      'a crop of nothing',
      images({ crop: 0 }),
      'training.augment.crop must be a number in (0, 1] (got 0)',
    ],
    [
      'a crop past the image',
      images({ crop: 1.2 }),
      'training.augment.crop must be a number in (0, 1] (got 1.2)',
    ],
    [
      'flip as a word',
      images({ flip: 'yes' }),
      'training.augment.flip must be true or false (got "yes")',
    ],
  ])('refuses %s, naming the field', (_, doc, message) => {
    expect(refused(doc).message).toBe(message);
  });

  it.each<[string, unknown]>([
    ['shift', 2],
    ['rotate', 10],
    ['flip', true],
    ['crop', 0.8],
  ])('refuses %s on data that is not an image, and says why', (field, value) => {
    const error = refused(points({ jitter: 0.1, [field]: value }));
    expect(error.path).toBe(`training.augment.${field}`);
    expect(error.message).toBe(
      `training.augment.${field} is ${String(value)}, but the inputs are not an image (model.inputs is 2): shift, rotate, flip and crop move an image's pixels; jitter works on any data`,
    );
    expect(error.reason).toEqual({
      key: 'refusal.augment.imageOnly',
      vars: { got: String(value) },
    });
  });

  it('refuses a mirror on digits: a mirrored digit is not the same digit', () => {
    const error = refused(images({ flip: true, shift: 1 }, 'digits'));
    expect(error.path).toBe('training.augment.flip');
    expect(error.message).toBe(
      'training.augment.flip is true, but a mirror image of digits shows another class (a mirrored digit is not the same digit): flip suits images that keep their class in a mirror, such as fashion_mnist or inline images',
    );
    expect(error.reason).toEqual({ key: 'refusal.augment.flip', vars: { data: 'digits' } });
    // The other transforms suit digits: a shifted or tilted 3 is still a 3.
    expect(parseExperiment(images({ shift: 1, rotate: 10, crop: 0.9 }, 'digits'))).toBeTruthy();
  });
});

describe('what the page reads', () => {
  it('maxShift stays under half the smaller side', () => {
    expect(maxShift([1, 28, 28])).toBe(13);
    expect(maxShift([1, 8, 8])).toBe(3);
    expect(maxShift([3, 5, 9])).toBe(2); // 2 < 2.5
    expect(maxShift([1, 1, 1])).toBe(0);
  });

  it('flipAllowed: by the catalog for a built-in set, always for inline data', () => {
    const spec = (kind: string) => parseExperiment(images(null, kind)).data;
    expect(flipAllowed(spec('fashion_mnist'))).toBe(true);
    expect(flipAllowed(spec('digits'))).toBe(false);
    expect(
      flipAllowed({ kind: 'inline', task: 'classification', x: [], y: [], normalize: 'none' }),
    ).toBe(true);
  });

  it('movesPixels: any image transform on; jitter alone moves none', () => {
    expect(movesPixels(OFF)).toBe(false);
    expect(movesPixels({ ...OFF, jitter: 1 })).toBe(false);
    for (const change of [{ shift: 1 }, { rotate: 1 }, { flip: true }, { crop: 0.99 }]) {
      expect(movesPixels({ ...OFF, ...change })).toBe(true);
    }
  });
});

// The image sets, shipped as public/datasets/<name>.bin: pixels as bytes, deflated (Fashion-
// MNIST's 14,000 images take 6 MB this way, JSON numbers some 40 MB). Written by
// scripts/convert-fashion-mnist.ts. The layout, version 1:
//
//   bytes 0–15    "descent-images/1" in ASCII: the format
//   bytes 16–19   the header's length in bytes (uint32, little-endian)
//   the header    UTF-8 JSON: { "name", "title", "source", "license", "made" (strings, for
//                 people), "shape": [C, H, W], "classNames" (English) and "classNamesJa"
//                 (Japanese), one per class, "train" and "test" (images in each part),
//                 "bodyBytes" (the length of what follows) }
//   the body      exactly bodyBytes of zlib-format DEFLATE (RFC 1950: what
//                 DecompressionStream('deflate') reads, its Adler-32 catching a changed byte),
//                 inflating to exactly (train + test)·(C·H·W + 1) bytes: the pixels of every
//                 training image, then of every test image (C·H·W bytes each, in channel, row,
//                 column order, 0 for the background up to 255), then one class index per
//                 training image, then one per test image.
//
// Loading checks every field and length, and names the file and what is wrong. Pixels become
// byte / 255, in [0, 1] (torchvision's ToTensor); a dense network reads them flattened.
//
// The two parts: a document's `samples` draws from the training part (subsample, as for the
// other real sets), and its validation part, and a search's test part, are held out of those
// samples as for every set. The test part, images never drawn for a document, is there for
// tools that want the source's own test split (readImageSet and imagePart below).
import type { Dataset, DataSetEntry, DatasetFileReader } from './dataset';
import { pump } from '../../spec/streams';
import { classificationSet } from './build';
import { readBytes, subsampleRows } from './realSets';
import { pulse } from '../pulse';

export const IMAGE_SET_FORMAT = 'descent-images/1';
/** The format's 16 bytes, then the header's length. */
const PREAMBLE = 20;

/** What the registry knows about an image set before reading its file. */
export interface ImageSetShape {
  /** Images in the training part: the catalog's maxSamples. */
  readonly size: number;
  readonly image: readonly [number, number, number];
  readonly classes: number;
}

export interface ImageSetHeader {
  name: string;
  title: string;
  source: string;
  license: string;
  made: string;
  shape: [number, number, number];
  classNames: string[];
  classNamesJa: string[];
  train: number;
  test: number;
  bodyBytes: number;
}

/** One part of the file: `n` images of C·H·W bytes each, and their class indices. */
export interface ImagePart {
  readonly n: number;
  readonly pixels: Uint8Array;
  readonly labels: Uint8Array;
}

export interface ImageSet {
  readonly header: ImageSetHeader;
  readonly train: ImagePart;
  readonly test: ImagePart;
}

/** The registry's loader of `<name>.bin`: `samples` training images, drawn with the rng. */
export function imageSet(name: string, shape: ImageSetShape): DataSetEntry['load'] {
  return async (options, rng, read) => {
    const set = await readImageSet(read, name, shape);
    return imagePart(set, 'train', subsampleRows(set.train.n, options.samples, rng));
  };
}

export async function readImageSet(
  read: DatasetFileReader,
  name: string,
  shape: ImageSetShape,
): Promise<ImageSet> {
  const file = `${name}.bin`;
  return parseImageSetFile(await readBytes(read, file), file, shape);
}

/** Rows of one part (all of them for null) as a Dataset, pixels scaled to [0, 1]. */
export function imagePart(
  set: ImageSet,
  part: 'train' | 'test',
  rows: ArrayLike<number> | null,
): Dataset {
  const { pixels, labels: source, n: size } = set[part];
  const [c, h, w] = set.header.shape;
  const f = c * h * w;
  const n = rows === null ? size : rows.length;
  const x = new Float32Array(n * f);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    pulse();
    const row = rows === null ? i : rows[i];
    const from = row * f;
    const to = i * f;
    for (let j = 0; j < f; j++) x[to + j] = SCALED[pixels[from + j]];
    labels[i] = source[row];
  }
  return classificationSet(x, labels, pixelNames(c, h, w), set.header.classNames);
}

/** byte / 255 for every byte, computed once. */
const SCALED = Float32Array.from({ length: 256 }, (_, b) => b / 255);

/** pixel_<row>_<column> (as digits), with the channel first when there are several. */
function pixelNames(c: number, h: number, w: number): string[] {
  const names: string[] = [];
  for (let k = 0; k < c; k++) {
    for (let r = 0; r < h; r++) {
      for (let col = 0; col < w; col++) {
        names.push(c === 1 ? `pixel_${r}_${col}` : `pixel_${k}_${r}_${col}`);
      }
    }
  }
  return names;
}

/** Parses and checks an image set file; every problem is an Error naming the file and what. */
export async function parseImageSetFile(
  bytes: Uint8Array,
  file: string,
  shape: ImageSetShape,
): Promise<ImageSet> {
  const fail: (what: string) => never = (what) => {
    throw new Error(`${file}: ${what}`);
  };
  if (bytes.length < PREAMBLE || ascii(bytes.subarray(0, 16)) !== IMAGE_SET_FORMAT) {
    fail(`not an image set file (it must start with "${IMAGE_SET_FORMAT}")`);
  }
  const headerBytes = new DataView(bytes.buffer, bytes.byteOffset + 16, 4).getUint32(0, true);
  const bodyStart = PREAMBLE + headerBytes;
  if (bodyStart > bytes.length) {
    fail(`truncated: its header needs ${headerBytes} bytes, ${bytes.length - PREAMBLE} follow`);
  }
  const header = parseHeader(bytes.subarray(PREAMBLE, bodyStart), shape, fail);
  const present = bytes.length - bodyStart;
  if (present < header.bodyBytes) {
    fail(`truncated: ${present} of the image data's ${header.bodyBytes} bytes are there`);
  }
  if (present > header.bodyBytes) {
    fail(`${present - header.bodyBytes} bytes follow the image data's ${header.bodyBytes}`);
  }
  const [c, h, w] = header.shape;
  const f = c * h * w;
  const images = header.train + header.test;
  const expected = images * (f + 1);
  let body: Uint8Array | null;
  try {
    // zlib-format DEFLATE, stopped past the expected size: a doctored file inflates no more.
    body = await pump(bytes.slice(bodyStart), new DecompressionStream('deflate'), expected);
  } catch (e) {
    fail(`the image data is damaged: it does not inflate (${e instanceof Error ? e.message : e})`);
  }
  if (body === null || body.length !== expected) {
    fail(
      `the image data inflates to ${body === null ? 'more than' : `${body.length} bytes, not`} the ${expected} that ${header.train} + ${header.test} images of ${c}×${h}×${w} take`,
    );
  }
  const labels = body.subarray(images * f);
  for (let i = 0; i < images; i++) {
    if (labels[i] >= shape.classes) {
      const where = i < header.train ? `training image ${i}` : `test image ${i - header.train}`;
      fail(`${where} has class ${labels[i]}, not one from 0 to ${shape.classes - 1}`);
    }
  }
  const part = (from: number, n: number): ImagePart => ({
    n,
    pixels: body.subarray(from * f, (from + n) * f),
    labels: labels.subarray(from, from + n),
  });
  return { header, train: part(0, header.train), test: part(header.train, header.test) };
}

function parseHeader(
  bytes: Uint8Array,
  shape: ImageSetShape,
  fail: (what: string) => never,
): ImageSetHeader {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    fail(`the header is not valid JSON (${e instanceof Error ? e.message : e})`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    fail('the header is not a JSON object');
  }
  const d = doc as Record<string, unknown>;
  for (const key of ['name', 'title', 'source', 'license', 'made']) {
    if (typeof d[key] !== 'string') fail(`header.${key} must be a string`);
  }
  const [c, h, w] = shape.image;
  const given = d.shape;
  if (!Array.isArray(given) || given.length !== 3 || given.some((v, i) => v !== shape.image[i])) {
    fail(`header.shape must be [${c}, ${h}, ${w}]`);
  }
  for (const key of ['classNames', 'classNamesJa']) {
    const names = d[key];
    const ok = Array.isArray(names) && names.length === shape.classes;
    if (!ok || !names.every((s) => typeof s === 'string' && s !== '')) {
      fail(`header.${key} must be ${shape.classes} names`);
    }
  }
  if (d.train !== shape.size) fail(`header.train must be ${shape.size}, the catalog's size`);
  if (!isCount(d.test)) fail('header.test must be a whole number of images');
  if (!isCount(d.bodyBytes) || d.bodyBytes === 0) {
    fail('header.bodyBytes must be a positive whole number');
  }
  return d as unknown as ImageSetHeader;
}

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function ascii(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

/**
 * The file for a header and its parts (the converter's output; tests build small ones):
 * `header.bodyBytes` is set here, from `deflate`'s result (zlib format, as node:zlib's
 * deflateSync gives).
 */
export function imageSetFile(
  header: Omit<ImageSetHeader, 'bodyBytes'>,
  train: ImagePart,
  test: ImagePart,
  deflate: (raw: Uint8Array) => Uint8Array,
): Uint8Array {
  const raw = new Uint8Array(train.pixels.length + test.pixels.length + train.n + test.n);
  let at = 0;
  for (const block of [train.pixels, test.pixels, train.labels, test.labels]) {
    raw.set(block, at);
    at += block.length;
  }
  const body = deflate(raw);
  const json = new TextEncoder().encode(JSON.stringify({ ...header, bodyBytes: body.length }));
  const out = new Uint8Array(PREAMBLE + json.length + body.length);
  out.set(new TextEncoder().encode(IMAGE_SET_FORMAT), 0);
  new DataView(out.buffer).setUint32(16, json.length, true);
  out.set(json, PREAMBLE);
  out.set(body, PREAMBLE + json.length);
  return out;
}

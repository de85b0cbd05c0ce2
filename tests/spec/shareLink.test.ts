// Share links: `#z=` (deflated JSON in base64url) round-trips, `#x=` links from before
// still open, and a link is untrusted input: damaged, truncated, tampered, too long or
// inflating past UNPACKED_LIMIT (a "zip bomb"), it is refused with a reason.
import { describe, expect, it, vi } from 'vitest';
import {
  decodeShareLink,
  defaultExperiment,
  encodeShareLink,
  hashParts,
  joinHash,
  parseExperiment,
  SHARE_LINK_LIMIT,
  UNPACKED_LIMIT,
} from '../../src/spec';
import { inlineExample } from './fixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Raw DEFLATE of any bytes, as a `#z=` link carries them. */
async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const zLink = async (text: string) => '#z=' + base64url(await deflate(utf8(text)));
/** A link as the page wrote them before compression. */
const xLink = (text: string) => '#x=' + base64url(utf8(text));

describe('share links', () => {
  it('round-trip an experiment, packed', async () => {
    const experiment = defaultExperiment();
    experiment.model.layers[0] = {
      ...experiment.model.layers[0],
      type: 'dense',
      units: 7,
    } as never;
    const link = await encodeShareLink(experiment);
    expect(link).toMatch(/^#z=[A-Za-z0-9_-]+$/);
    expect(await decodeShareLink(link)).toEqual(experiment);
    // Smaller than the same experiment the old way.
    expect(link.length).toBeLessThan(xLink(JSON.stringify(experiment)).length / 2);
  });

  it('round-trip text beyond ASCII (class names of a CSV)', async () => {
    const doc = inlineExample();
    doc.data.classNames = ['猫', 'chien', 'Ödland'];
    const experiment = parseExperiment(doc);
    expect(await decodeShareLink(await encodeShareLink(experiment))).toEqual(experiment);
  });

  it('open links written before compression (#x=)', async () => {
    const experiment = defaultExperiment();
    experiment.optimizer = { name: 'sgd', lr: 0.05, momentum: 0, weightDecay: 0, nesterov: false };
    const old = xLink(JSON.stringify(experiment));
    expect(await decodeShareLink(old)).toEqual(parseExperiment(experiment));
    // The link the tests of the old format used, still refused for the same reason.
    await expect(decodeShareLink('#x=eyJ2ZXJzaW9uIjogMn0')).rejects.toThrow(
      /version 2 is not supported/,
    );
  });

  it('read the experiment among the other parts of the hash', async () => {
    const experiment = defaultExperiment();
    const link = await encodeShareLink(experiment);
    expect(await decodeShareLink(`${link}&hide=data,network&present`)).toEqual(experiment);
    expect(await decodeShareLink(`#present&${link.slice(1)}`)).toEqual(experiment);
    expect(hashParts(`${link}&hide=data&present`)).toEqual([
      ['z', link.slice(3)],
      ['hide', 'data'],
      ['present', ''],
    ]);
    expect(joinHash(hashParts(`${link}&hide=data&present`))).toBe(`${link}&hide=data&present`);
    expect(joinHash([])).toBe('');
  });

  it('carry no experiment without the prefix', async () => {
    expect(await decodeShareLink('')).toBeNull();
    expect(await decodeShareLink('#section')).toBeNull();
    expect(await decodeShareLink('#hide=data')).toBeNull();
  });

  it('refuse a damaged, truncated, invalid or tampered #z= link with a reason', async () => {
    const link = await encodeShareLink(defaultExperiment());
    // Not base64 at all.
    await expect(decodeShareLink('#z=%%%')).rejects.toThrow(/damaged: its experiment is not/);
    // Base64, but not DEFLATE (0xff… is no valid block type).
    await expect(
      decodeShareLink('#z=' + base64url(new Uint8Array([255, 255, 1, 2]))),
    ).rejects.toThrow(/damaged: its experiment does not unpack/);
    // Cut short, as a mail program might: the stream ends early, or the JSON does.
    for (const cut of [link.length - 1, link.length - 10, Math.floor(link.length / 2), 6]) {
      await expect(decodeShareLink(link.slice(0, cut)), `cut at ${cut}`).rejects.toThrow(/damaged/);
    }
    // Packed correctly, but not UTF-8, or not JSON.
    await expect(
      decodeShareLink('#z=' + base64url(await deflate(new Uint8Array([0xc3, 0x28])))),
    ).rejects.toThrow(/not readable/);
    await expect(decodeShareLink(await zLink('{"version": 1,'))).rejects.toThrow(/not valid JSON/);
    // Valid JSON with a value edited by hand: validation names the field.
    const tampered = { ...defaultExperiment(), optimizer: { name: 'adam', lr: -1 } };
    await expect(decodeShareLink(await zLink(JSON.stringify(tampered)))).rejects.toThrow(
      /optimizer\.lr/,
    );
  });

  it('refuse a link longer than SHARE_LINK_LIMIT before unpacking it', async () => {
    await expect(decodeShareLink('#z=' + 'A'.repeat(SHARE_LINK_LIMIT + 1))).rejects.toThrow(
      /too long/,
    );
    await expect(decodeShareLink('#x=' + 'A'.repeat(SHARE_LINK_LIMIT + 1))).rejects.toThrow(
      /too long/,
    );
  });

  it('stop unpacking a zip bomb at UNPACKED_LIMIT', async () => {
    // 100 MB of spaces after a valid start packs into a link well under the length limit.
    const bomb = utf8(JSON.stringify(defaultExperiment()) + ' '.repeat(100_000_000));
    const link = '#z=' + base64url(await deflate(bomb));
    expect(link.length).toBeLessThan(SHARE_LINK_LIMIT);
    // Count what the decompressor hands out: the decoder must stop near the limit, not
    // inflate the 100 MB and then complain.
    let inflated = 0;
    const Inflate = globalThis.DecompressionStream;
    vi.stubGlobal(
      'DecompressionStream',
      class {
        writable: WritableStream;
        readable: ReadableStream<Uint8Array>;
        constructor(format: 'deflate-raw') {
          const inner = new Inflate(format);
          this.writable = inner.writable;
          this.readable = inner.readable.pipeThrough(
            new TransformStream<Uint8Array, Uint8Array>({
              transform(chunk, out) {
                inflated += chunk.length;
                out.enqueue(chunk);
              },
            }),
          );
        }
      },
    );
    try {
      await expect(decodeShareLink(link)).rejects.toThrow(/unpacks to more than 2 MB/);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(inflated).toBeGreaterThan(UNPACKED_LIMIT);
    expect(inflated).toBeLessThan(2 * UNPACKED_LIMIT);
  }, 30_000);

  it('open an experiment just under UNPACKED_LIMIT', async () => {
    const experiment = defaultExperiment();
    const json = JSON.stringify(experiment);
    const padded = json + ' '.repeat(UNPACKED_LIMIT - json.length);
    expect(await decodeShareLink(await zLink(padded))).toEqual(experiment);
    await expect(decodeShareLink(await zLink(padded + ' '))).rejects.toThrow(/more than 2 MB/);
  });
});

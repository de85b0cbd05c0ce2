// Bytes through the platform's (de)compression streams (Node and browsers alike), for the
// share link's deflated experiment and the image sets' deflated pixels.

/**
 * Sends `input` through `stream` and collects what comes out; null as soon as that passes
 * `limit` bytes (the rest is never inflated: a doctored input cannot make us inflate
 * gigabytes). A damaged input rejects.
 */
export async function pump(
  input: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const writer = stream.writable.getWriter();
  // Not awaited: the reader below sees any failure, and a reader that stops early makes
  // these reject too (ignored, they say nothing new).
  writer.write(input).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

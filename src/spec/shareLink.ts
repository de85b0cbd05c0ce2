// The experiment in a link: `#z=` followed by the document's JSON, deflated (raw DEFLATE,
// the platform's CompressionStream) and in base64url. Links written before compression,
// `#x=` and the plain JSON in base64url, still open. Other parts may follow the experiment,
// `&`-separated (`#z=…&hide=data,network&present`): the page reads those, this file only
// keeps them apart. A link is untrusted input like any file: decoding validates it, and a
// tampered, oversized or over-inflating one is refused with a message saying why.
import { SpecError } from './errors';
import { parseExperiment } from './experiment';
import { pump } from './streams';
import type { Experiment } from './types';

/** Browsers keep URLs of a few hundred kB; a link past this is not one we wrote. */
export const SHARE_LINK_LIMIT = 200_000;
/**
 * The most a `#z=` link may unpack to (bytes of JSON). DEFLATE packs up to ~1000:1, so a
 * link at SHARE_LINK_LIMIT could otherwise make the page inflate some 150 MB (a "zip
 * bomb"); an experiment we wrote is a few kB, or as much as the link can hold of a CSV.
 */
export const UNPACKED_LIMIT = 2_000_000;

/** The link's parts in order: `#a=1&b` is [['a', '1'], ['b', '']]. */
export function hashParts(hash: string): [string, string][] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return [];
  return body.split('&').map((part) => {
    const at = part.indexOf('=');
    return at < 0 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)];
  });
}

/** The inverse of hashParts: '' when there are none. */
export function joinHash(parts: [string, string][]): string {
  if (parts.length === 0) return '';
  return '#' + parts.map(([name, value]) => (value === '' ? name : `${name}=${value}`)).join('&');
}

export async function encodeShareLink(experiment: Experiment): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(experiment));
  return '#z=' + toBase64Url((await pump(json, new CompressionStream('deflate-raw'), Infinity))!);
}

/** The experiment a URL hash carries, null when it carries none; rejects (SpecError) if bad. */
export async function decodeShareLink(hash: string): Promise<Experiment | null> {
  const part = hashParts(hash).find(([name]) => name === 'z' || name === 'x');
  if (part === undefined) return null;
  const [kind, text] = part;
  if (text.length > SHARE_LINK_LIMIT) {
    throw new SpecError(
      '',
      `the link is too long (${text.length} characters; the limit is ${SHARE_LINK_LIMIT})`,
    );
  }
  let bytes = fromBase64Url(text);
  if (kind === 'z') {
    let unpacked: Uint8Array<ArrayBuffer> | null;
    try {
      unpacked = await pump(bytes, new DecompressionStream('deflate-raw'), UNPACKED_LIMIT);
    } catch {
      throw new SpecError('', 'the link is damaged: its experiment does not unpack');
    }
    if (unpacked === null) {
      throw new SpecError(
        '',
        `the link's experiment unpacks to more than ${UNPACKED_LIMIT / 1_000_000} MB, more than any experiment the page writes`,
      );
    }
    bytes = unpacked;
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SpecError('', 'the link is damaged: its experiment is not readable');
  }
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch {
    throw new SpecError('', 'the link is damaged: its experiment is not valid JSON');
  }
  return parseExperiment(document);
}

function toBase64Url(bytes: Uint8Array): string {
  // In chunks: one character at a time takes seconds for a large inline data set.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    throw new SpecError('', 'the link is damaged: its experiment is not readable');
  }
}

// The experiment in a link: `#x=` followed by the document's JSON in base64url. A link is
// untrusted input like any file: decoding validates it, and a tampered or oversized one is
// refused with a message saying why.
import { SpecError } from './errors';
import { parseExperiment } from './experiment';
import type { Experiment } from './types';

const PREFIX = '#x=';
/** Browsers keep URLs of a few hundred kB; a link past this is not one we wrote. */
export const SHARE_LINK_LIMIT = 200_000;

export function encodeShareLink(experiment: Experiment): string {
  const bytes = new TextEncoder().encode(JSON.stringify(experiment));
  // In chunks: one character at a time takes seconds for a large inline data set.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return PREFIX + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The experiment a URL hash carries, null when it carries none; throws SpecError if bad. */
export function decodeShareLink(hash: string): Experiment | null {
  if (!hash.startsWith(PREFIX)) return null;
  const text = hash.slice(PREFIX.length);
  if (text.length > SHARE_LINK_LIMIT) {
    throw new SpecError(
      '',
      `the link is too long (${text.length} characters; the limit is ${SHARE_LINK_LIMIT})`,
    );
  }
  let json: string;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    json = new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(binary, (c) => c.charCodeAt(0)),
    );
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

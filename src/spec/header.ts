// What every document starts with: `version` (required, 1) and `kind` (optional; when
// present it must be the kind the caller expects).
import { fail, get, isRecord, oneOf, reject, type Raw } from './check';
import { SpecError } from './errors';

export type DocumentKind = 'train' | 'trajectory' | 'compare' | 'search';
/** Every kind of file this program reads: the documents the commands run, and lessons. */
export type FileKind = DocumentKind | 'lesson';
const KINDS: readonly FileKind[] = ['train', 'trajectory', 'compare', 'search', 'lesson'];

/** The only version this program reads; a newer file may mean anything else differently. */
export const VERSION = 1;

/**
 * Checks the document's object, version and kind, in that order: a version from the
 * future is reported before anything it might have renamed. `expectation` ends the kind
 * mismatch message: `kind is "trajectory" but the command is train`.
 */
export function checkHeader(input: unknown, kind: FileKind, expectation: string): Raw {
  if (!isRecord(input)) reject('', 'a JSON object', input);
  const version = get(input, 'version');
  if (version === undefined) fail('version', `is required (this program reads version ${VERSION})`);
  if (typeof version !== 'number') reject('version', String(VERSION), version);
  if (version !== VERSION) {
    const message = `version ${version} is not supported (this program reads version ${VERSION})`;
    throw new SpecError('version', message);
  }
  const given = get(input, 'kind');
  if (given !== undefined && oneOf(given, 'kind', KINDS) !== kind) {
    fail('kind', `is "${String(given)}" but ${expectation}`);
  }
  return input;
}

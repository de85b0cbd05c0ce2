// The entry points for text and for a command: JSON in, a resolved document out, every
// problem a SpecError. The CLI runs `parseDocument(parseJson(text, file), command)`; for a
// trajectory it also asks the engine whether f is finite at the start
// (engine/customSurface.ts checkStart), which needs the surface's math.
import { resolveCompare } from './compare';
import { SpecError } from './errors';
import { resolveExperiment } from './experiment';
import type { DocumentKind } from './header';
import { resolveSearch } from './search';
import { resolveTrajectory } from './trajectory';
import type { CompareSpec, Experiment, SearchSpec, TrajectorySpec } from './types';

/** Parses JSON text; malformed text is a SpecError: `run.json is not valid JSON (…)`. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    // The parser's message may quote the offending text, newlines and all: keep one line.
    const reason = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
    const short = reason.length > 160 ? `${reason.slice(0, 157)}...` : reason;
    throw new SpecError('', `${what} is not valid JSON (${short})`);
  }
}

/** A command that reads a document: train, trajectory, and (extension) compare and search. */
export type DocumentCommand = DocumentKind;

type Resolved = Experiment | TrajectorySpec | CompareSpec | SearchSpec;

/**
 * Reads the document for `command`. Its optional `kind` must match the command:
 * `kind is "trajectory" but the command is train`.
 */
export function parseDocument(input: unknown, command: 'train'): Experiment;
export function parseDocument(input: unknown, command: 'trajectory'): TrajectorySpec;
export function parseDocument(input: unknown, command: 'compare'): CompareSpec;
export function parseDocument(input: unknown, command: 'search'): SearchSpec;
export function parseDocument(input: unknown, command: DocumentCommand): Resolved;
export function parseDocument(input: unknown, command: DocumentCommand): Resolved {
  const expectation = `the command is ${command}`;
  switch (command) {
    case 'train':
      return resolveExperiment(input, expectation);
    case 'trajectory':
      return resolveTrajectory(input, expectation);
    case 'compare':
      return resolveCompare(input, expectation);
    case 'search':
      return resolveSearch(input, expectation);
  }
}

// The entry points for text and for a command: JSON in, a resolved document out, every
// problem a SpecError. The CLI runs `parseDocument(parseJson(text, file), command)`.
import { SpecError } from './errors';
import { resolveExperiment } from './experiment';
import type { DocumentKind } from './header';
import { resolveTrajectory } from './trajectory';
import type { Experiment, TrajectorySpec } from './types';

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

/**
 * Reads the document for `command`. Its optional `kind` must match the command:
 * `kind is "trajectory" but the command is train`.
 */
export function parseDocument(input: unknown, command: 'train'): Experiment;
export function parseDocument(input: unknown, command: 'trajectory'): TrajectorySpec;
export function parseDocument(input: unknown, command: DocumentKind): Experiment | TrajectorySpec;
export function parseDocument(input: unknown, command: DocumentKind): Experiment | TrajectorySpec {
  const expectation = `the command is ${command}`;
  return command === 'train'
    ? resolveExperiment(input, expectation)
    : resolveTrajectory(input, expectation);
}

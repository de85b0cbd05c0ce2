// Experiment files: writing one, and reading one the user opened (JSON text in; a validated
// experiment, maybe with trained weights in `params`, or what is wrong with it out). A
// document of another kind (a race, a compare, a search, a lesson) is named as such rather
// than reported field by field.
import { isRecord } from './check';
import { parseCompare } from './compare';
import { parseExperiment } from './experiment';
import type { FileKind } from './header';
import { parseLesson } from './lesson';
import { parseSearch } from './search';
import { parseTrajectory } from './trajectory';
import type { Experiment } from './types';

/** Other kinds of document, each with the parser that recognises it without a `kind`. */
const OTHER_KINDS: [Exclude<FileKind, 'train'>, (input: unknown) => unknown][] = [
  ['trajectory', parseTrajectory],
  ['compare', parseCompare],
  ['search', parseSearch],
  ['lesson', parseLesson],
];

export type ExperimentFile =
  | { ok: true; experiment: Experiment }
  /** Not JSON at all: the parser's reason. */
  | { ok: false; problem: 'json'; message: string }
  /** A valid document, but not an experiment. */
  | { ok: false; problem: 'kind'; kind: Exclude<FileKind, 'train'> }
  /** An experiment that fails validation: the message starts with the field's path. */
  | { ok: false; problem: 'invalid'; message: string };

/**
 * The experiment as a file: JSON with two-space indents, but each list of numbers on one
 * line, so a weight matrix reads as its rows rather than a column of thousands of lines.
 * (A JSON string never holds a raw newline: only the layout's own line breaks match.)
 */
export function writeExperimentFile(experiment: Experiment): string {
  const text = JSON.stringify(experiment, null, 2).replace(
    /\[\s*\n\s*(-?[\d.eE+-]+(?:,\s*\n\s*-?[\d.eE+-]+)*)\s*\n\s*\]/g,
    (_, numbers: string) => `[${numbers.split(/,\s*\n\s*/).join(', ')}]`,
  );
  return `${text}\n`;
}

/** Reads a file the user opened; nothing is thrown, every problem is a result. */
export function readExperimentFile(text: string): ExperimentFile {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    // The parser may quote the offending text, newlines and all: keep one short line.
    const reason = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
    return { ok: false, problem: 'json', message: shorten(reason) };
  }
  const declared = isRecord(input) ? input.kind : undefined;
  const other = OTHER_KINDS.find(([kind]) => kind === declared);
  if (other !== undefined) return { ok: false, problem: 'kind', kind: other[0] };
  try {
    return { ok: true, experiment: parseExperiment(input) };
  } catch (e) {
    // Without a `kind`, a document that reads as another kind is that kind.
    if (declared === undefined) {
      for (const [kind, parse] of OTHER_KINDS) {
        try {
          parse(input);
          return { ok: false, problem: 'kind', kind };
        } catch {
          // Not this kind either.
        }
      }
    }
    return { ok: false, problem: 'invalid', message: (e as Error).message };
  }
}

function shorten(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

// The classic methods' part of the store: each classifier's settings as the page edits
// them, and its last fit on the playground's data (or why it could not be fitted).
import { CLASSIC_NAMES, parseClassicSettings } from '../spec/classic';
import type { ClassicName, ClassicSettings } from '../spec/classic';
import type { Message } from '../spec/message';
import type { ClassicFit, Neighbours } from '../spec/protocol/classic';

export interface ClassifierState {
  settings: ClassicSettings;
  /** The last fit; it stays drawn while the next one for new settings is on its way, and
   *  goes when the data changes (it is not a picture of the new points). */
  fit: ClassicFit | null;
  /** A fit is on its way. */
  fitting: boolean;
  /** Why the method could not be fitted on this data (two classes only, too many samples). */
  error: Message | null;
  /** What `fit` or `error` answers (classic.ts's fitKey); null: fit again at the next refresh. */
  answered: string | null;
}

/** The point clicked on kNN's picture (raw x, y), for the data and settings in `key`. */
export interface Probe {
  point: [number, number];
  key: string;
  /** Its k nearest training points; null while they are on their way. */
  neighbours: Neighbours | null;
  error: Message | null;
}

export interface ClassicState {
  classifiers: Record<ClassicName, ClassifierState>;
  probe: Probe | null;
}

export function initialClassic(): ClassicState {
  const classifiers = Object.fromEntries(
    CLASSIC_NAMES.map((name) => [
      name,
      {
        settings: parseClassicSettings({ name }),
        fit: null,
        fitting: false,
        error: null,
        answered: null,
      },
    ]),
  ) as Record<ClassicName, ClassifierState>;
  return { classifiers, probe: null };
}

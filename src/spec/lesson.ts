// A lesson (extension): a short explanation, a preset experiment, what to look for and a
// question to try next, in every language the page speaks. Lessons are data, one JSON file
// each in src/lessons/: adding one needs no code. The preset is any document the page
// runs: a train document (the playground), a trajectory (the race), a compare or a search.
import { fail, get, int, isRecord, oneOf, record, reject } from './check';
import { parseDocument } from './document';
import { checkHeader, type DocumentKind } from './header';
import type { CompareSpec, Experiment, SearchSpec, TrajectorySpec } from './types';

/** Text in each language, by language code ("en", "ja"). */
export type LocalText = Record<string, string>;

export type LessonDocument =
  | { kind: 'train'; document: Experiment }
  | { kind: 'trajectory'; document: TrajectorySpec }
  | { kind: 'compare'; document: CompareSpec }
  | { kind: 'search'; document: SearchSpec };

export interface Lesson {
  id: string;
  /** Where it sits in the list: lessons build on each other. */
  order: number;
  title: LocalText;
  explanation: LocalText;
  lookFor: LocalText;
  question: LocalText;
  preset: LessonDocument;
  /** The view it opens in: each kind's own, or for a train lesson the classic methods
   *  beside its network when the file says `"view": "classic"` (extension). */
  view: LessonView;
}

/** Where each kind of preset opens. */
const KIND_VIEW = {
  train: 'playground',
  trajectory: 'race',
  compare: 'compare',
  search: 'search',
} as const satisfies Record<LessonDocument['kind'], string>;

/** The views a train lesson may name instead of the playground. */
const TRAIN_VIEWS = ['playground', 'classic'] as const;

export type LessonView = (typeof KIND_VIEW)[keyof typeof KIND_VIEW] | (typeof TRAIN_VIEWS)[number];

const FIELDS = [
  'version',
  'kind',
  'id',
  'order',
  'title',
  'explanation',
  'lookFor',
  'question',
  'document',
  'view',
];
const KINDS: DocumentKind[] = ['train', 'trajectory', 'compare', 'search'];

/** Validates a lesson file; every error names the field (`lookFor.ja must be …`). */
export function parseLesson(input: unknown): Lesson {
  const raw = record(checkHeader(input, 'lesson', 'a lesson was expected'), '', {
    owner: 'a lesson',
    fields: FIELDS,
  });
  const id = get(raw, 'id');
  if (typeof id !== 'string' || !/^[a-z0-9-]+$/.test(id)) {
    reject('id', 'a name of lowercase letters, digits and hyphens', id);
  }
  const document = get(raw, 'document');
  if (!isRecord(document))
    reject('document', 'the preset: a train, trajectory, compare or search document', document);
  const kind = oneOf(get(document, 'kind'), 'document.kind', KINDS);
  let preset: LessonDocument;
  try {
    preset = { kind, document: parseDocument(document, kind) } as LessonDocument;
  } catch (e) {
    fail('document', `is not a valid ${kind} document: ${(e as Error).message}`);
  }
  return {
    id,
    order: int(get(raw, 'order'), 'order', 1),
    title: text(get(raw, 'title'), 'title'),
    explanation: text(get(raw, 'explanation'), 'explanation'),
    lookFor: text(get(raw, 'lookFor'), 'lookFor'),
    question: text(get(raw, 'question'), 'question'),
    preset,
    view: lessonView(raw, kind),
  };
}

/** `{ "en": "…", "ja": "…" }`: English at least, every entry a non-empty string. */
function text(value: unknown, path: string): LocalText {
  if (!isRecord(value)) reject(path, 'texts by language, e.g. { "en": "…", "ja": "…" }', value);
  if (!('en' in value)) fail(path, 'needs an English text ("en")');
  const out: LocalText = {};
  for (const [language, t] of Object.entries(value)) {
    if (typeof t !== 'string' || t.trim() === '')
      reject(`${path}.${language}`, 'a non-empty text', t);
    out[language] = t;
  }
  return out;
}

/** The kind's own view, or the one a train lesson names. */
function lessonView(raw: Record<string, unknown>, kind: LessonDocument['kind']): LessonView {
  const named = get(raw, 'view');
  if (named === undefined) return KIND_VIEW[kind];
  if (kind !== 'train')
    fail('view', `is for train lessons; a ${kind} lesson opens in its own view`);
  return oneOf(named, 'view', TRAIN_VIEWS);
}

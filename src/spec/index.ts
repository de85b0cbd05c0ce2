// The experiment document: types, defaults, limits and validation, shared by the page, the
// share link, the worker and the CLI.
export { SpecError } from './errors';
export { parseJson, parseDocument, type DocumentCommand } from './document';
export { parseExperiment, defaultExperiment } from './experiment';
export { parseSurface, parseTrajectory } from './trajectory';
export { parseCompare, compareVariants, VARY_NAMES, type Variant } from './compare';
export { parseSearch, trialExperiment, trialParamsDocument } from './search';
export { parseOptimizer } from './optimizer';
export { countParameters } from './model';
export { DEFAULTS, defaultLoss } from './defaults';
export { LIMITS } from './limits';
export {
  decodeShareLink,
  encodeShareLink,
  hashParts,
  joinHash,
  SHARE_LINK_LIMIT,
  UNPACKED_LIMIT,
} from './shareLink';
export { VERSION, type DocumentKind } from './header';
export type * from './types';
export { parseLesson, type Lesson, type LessonDocument, type LocalText } from './lesson';

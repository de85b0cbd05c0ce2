// A search's trials, drawn from the stream of its own seed: the document says what a trial
// draws and in which order (spec/sampling.ts), the engine's Rng draws it.
import { sampleTrials } from '../spec/sampling';
import type { SearchSpec, TrialParams } from '../spec/types';
import { Rng } from './random';

/** Every trial of the search, in order, from Rng.stream(search.seed, 'search'). */
export function searchTrials(search: SearchSpec): TrialParams[] {
  return sampleTrials(search, Rng.stream(search.seed, 'search'));
}

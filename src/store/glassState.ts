// The glass box's part of the store: the sample asked for, the step the worker opened up for
// it (spec/protocol/glass.ts), and where the student is in it. Kept apart from the actions
// (glass.ts) so that store.ts can build its initial state from here.
import type { Message } from '../spec/message';
import type { GlassRequest, GlassTrace } from '../spec/protocol/glass';

/** A weight of the trace: the primitive, its parameter and the element. */
export interface GlassWeight {
  primitive: number;
  param: number;
  index: number;
}

export interface GlassState {
  /** What was asked for last; null before the first. */
  request: GlassRequest | null;
  /** 'idle' until the first sample is asked for. */
  status: 'idle' | 'opening' | 'open' | 'refused';
  trace: GlassTrace | null;
  /** Why the worker refused, or what went wrong. */
  why: Message | null;
  /** The run and step it was opened at: once the run moves on, the numbers are its past. */
  generation: number;
  step: number;
  /** The stage shown (ui/glass/stages.ts numbers them). */
  stage: number;
  /** The gradients of the sample's own loss, or of its minibatch's mean loss. */
  way: 'sample' | 'batch';
  /** The unit each primitive's stage follows (its output index), by primitive. */
  units: Record<number, number>;
  /** The weight whose update is shown. */
  weight: GlassWeight | null;
  /** Counts the openings asked from elsewhere on the page: the panel scrolls into view. */
  reveal: number;
}

export function initialGlass(): GlassState {
  return {
    request: null,
    status: 'idle',
    trace: null,
    why: null,
    generation: -1,
    step: 0,
    stage: 0,
    way: 'sample',
    units: {},
    weight: null,
    reveal: 0,
  };
}

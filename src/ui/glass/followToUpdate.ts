// A weight followed from its gradient (a dense or convolution stage's button) to its update.
import type { GlassTrace } from '../../spec/protocol/glass';
import { pickGlassWeight, setGlassStage } from '../../store/glass';
import type { GlassWeight } from '../../store/glassState';
import { glassStages } from './stages';

/** Shows `weight` in the update stage, and goes there. */
export function followToUpdate(trace: GlassTrace, weight: GlassWeight): void {
  pickGlassWeight(weight);
  setGlassStage(glassStages(trace).findIndex((stage) => stage.part === 'update'));
}

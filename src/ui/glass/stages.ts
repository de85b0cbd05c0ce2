// The glass box's stages, in the order a student walks them: the sample, each primitive
// forward, the loss, each primitive backward from the loss down, and the update of a weight.
import type { GlassTrace } from '../../spec/protocol/glass';

export type Stage =
  | { part: 'input' }
  | { part: 'forward'; primitive: number }
  | { part: 'loss' }
  | { part: 'backward'; primitive: number }
  | { part: 'update' };

export function glassStages(trace: GlassTrace): Stage[] {
  const { primitives } = trace;
  const stages: Stage[] = [{ part: 'input' }];
  primitives.forEach((_, primitive) => stages.push({ part: 'forward', primitive }));
  stages.push({ part: 'loss' });
  // From the top down; a primitive the gradient never reaches (below the first layer with
  // weights, where the engine computes none) has nothing to show.
  for (let primitive = primitives.length - 1; primitive >= 0; primitive--) {
    const { gradient, params } = primitives[primitive];
    const reached = gradient.sample.output !== null || gradient.sample.input !== null;
    if (reached || params.length > 0) stages.push({ part: 'backward', primitive });
  }
  stages.push({ part: 'update' });
  return stages;
}

/** The primitive a stage is about, or null. */
export function primitiveOf(stage: Stage): number | null {
  return stage.part === 'forward' || stage.part === 'backward' ? stage.primitive : null;
}

// Whether a batch norm lies above a primitive (before the loss): it couples the minibatch's
// rows, so even the sample's own loss reaches every row's output through μ and σ², and the
// weights' gradient is a sum over the rows, not the sample's row alone.
import type { GlassTrace } from '../../spec/protocol/glass';

export function coupledAbove(trace: GlassTrace, primitive: number): boolean {
  return trace.primitives.slice(primitive + 1).some((q) => q.kind === 'batchnorm');
}

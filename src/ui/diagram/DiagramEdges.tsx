// The diagram's edges between two columns: one curve per drawn pair of nodes, blue for a
// positive weight and orange for a negative one, thicker and more opaque the larger |w| is
// against the layer's largest. Width grows with the square of that ratio, so the few strong
// weights stand out of a freshly initialised tangle. Without weights yet, grey. No hover
// title per edge: hundreds of titles rewritten four times a second cost a third of the
// page's frame rate while training, for curves too thin to point at.
import type { Column } from './layout';
import { largestMagnitude, NEGATIVE, POSITIVE } from './unitImages';

const MIN_WIDTH = 0.3;
const MAX_WIDTH = 4;

interface Props {
  from: Column;
  to: Column;
  /** The dense layer's W (from.units × to.units, row-major), or null before training. */
  weights: Float32Array | null;
  node: number;
}

export function DiagramEdges({ from, to, weights: given, node }: Props) {
  // A picture of another network (the model just changed) is not drawn at all.
  const weights = given !== null && given.length === from.units * to.units ? given : null;
  const x0 = from.x + node;
  const x1 = to.x;
  const middle = (x0 + x1) / 2;
  const scale = weights === null ? 1 : largestMagnitude(weights);
  const edges = [];
  for (let a = 0; a < from.shown; a++) {
    for (let u = 0; u < to.shown; u++) {
      const d = `M${x0},${from.ys[a]}C${middle},${from.ys[a]} ${middle},${to.ys[u]} ${x1},${to.ys[u]}`;
      const key = a * to.shown + u;
      if (weights === null) {
        edges.push(<path key={key} d={d} stroke="#b8b8b8" strokeWidth={0.5} opacity={0.6} />);
        continue;
      }
      const w = weights[a * to.units + u];
      const t = Number.isFinite(w) ? Math.min(1, Math.abs(w) / scale) : 0;
      edges.push(
        <path
          key={key}
          d={d}
          stroke={w >= 0 ? POSITIVE : NEGATIVE}
          strokeWidth={MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * t * t}
          opacity={0.12 + 0.78 * t}
        />,
      );
    }
  }
  return (
    <g className="d-diagram-edges" fill="none">
      {edges}
    </g>
  );
}

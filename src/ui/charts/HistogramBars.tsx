// One histogram as plain SVG rects: a few dozen elements per layer, cheap to redraw four
// times a second for every layer, where a charting library would rebuild far more.
import { scaleLinear } from 'd3-scale';
import type { Histogram } from '../../spec/protocol/statistics';
import { formatTick } from './format';

const WIDTH = 160;
const HEIGHT = 48;

interface Props {
  histogram: Histogram;
  /** What the picture says, for screen readers: the numbers printed beside it. */
  label: string;
  color: string;
}

export function HistogramBars({ histogram, label, color }: Props) {
  const { edges, counts } = histogram;
  const lo = edges[0];
  const hi = edges[edges.length - 1];
  const x = scaleLinear().domain([lo, hi]).range([0, WIDTH]);
  // At least 1 so an empty histogram draws an empty box rather than NaN heights.
  const y = scaleLinear()
    .domain([0, Math.max(1, ...counts)])
    .range([HEIGHT, 0]);
  // Where zero falls, when the range spans it: dead ReLUs and centred tanh show up against it.
  const zero = lo < 0 && hi > 0 ? x(0) : null;

  return (
    <figure className="d-histogram" role="img" aria-label={label}>
      <svg
        className="d-histogram-svg"
        aria-hidden="true"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        width="100%"
        height={HEIGHT}
      >
        {counts.map((count, i) =>
          count > 0 ? (
            <rect
              key={i}
              x={x(edges[i])}
              y={y(count)}
              width={Math.max(0.5, x(edges[i + 1]) - x(edges[i]) - 0.5)}
              height={HEIGHT - y(count)}
              fill={color}
            />
          ) : null,
        )}
        {zero !== null && (
          <line
            x1={zero}
            x2={zero}
            y1={0}
            y2={HEIGHT}
            stroke="#333"
            strokeDasharray="2 2"
            vectorEffect="non-scaling-stroke"
          />
        )}
      </svg>
      <div className="d-histogram-range" aria-hidden="true">
        <span>{formatTick(lo)}</span>
        <span>{formatTick(hi)}</span>
      </div>
    </figure>
  );
}

// The kernel trick as a picture, in one dimension where it is easy to see: an inner class
// between two outer groups on a line, which no single cut separates, lifted to (x, x²)
// where a straight line does. Drawn from a handful of fixed points; nothing is fitted.
import { classColor } from '../boundary/palette';
import { useT } from '../i18n/useT';

/** x of each point and its class: the inner class 1 sits between the outer class 0. */
const POINTS: readonly [number, number][] = [
  [-1.8, 0],
  [-1.5, 0],
  [-1.2, 0],
  [-0.6, 1],
  [-0.2, 1],
  [0.3, 1],
  [0.7, 1],
  [1.3, 0],
  [1.6, 0],
  [1.9, 0],
];
const W = 150,
  H = 110;
const sx = (x: number) => 10 + ((x + 2) / 4) * (W - 20);
/** y = x², from 0 at the bottom to 4 at the top. */
const sy = (y: number) => H - 12 - (y / 4) * (H - 24);

export function KernelTrick() {
  const t = useT();
  return (
    <figure className="d-classic-kernel">
      {/* Its words are the caption's: read once, as the caption. */}
      <svg
        aria-hidden="true"
        viewBox={`0 0 ${2 * W + 10} ${H + 16}`}
        width={2 * W + 10}
        height={H + 16}
      >
        <g>
          <line x1={6} x2={W - 6} y1={H / 2} y2={H / 2} stroke="#999" />
          {POINTS.map(([x, c]) => (
            <circle key={x} cx={sx(x)} cy={H / 2} r={4} fill={classColor(c)} stroke="#222" />
          ))}
          <text x={W / 2} y={H + 12} textAnchor="middle" fontSize={11}>
            {t('classic.kernel.line')}
          </text>
        </g>
        <g transform={`translate(${W + 10}, 0)`}>
          <polyline
            fill="none"
            stroke="#bbb"
            points={Array.from({ length: 41 }, (_, i) => {
              const x = -2 + i / 10;
              return `${sx(x)},${sy(x * x)}`;
            }).join(' ')}
          />
          {/* The separating line of the lifted points: x² = 1. */}
          <line x1={6} x2={W - 6} y1={sy(1)} y2={sy(1)} stroke="#222" strokeWidth={2} />
          {POINTS.map(([x, c]) => (
            <circle key={x} cx={sx(x)} cy={sy(x * x)} r={4} fill={classColor(c)} stroke="#222" />
          ))}
          <text x={W / 2} y={H + 12} textAnchor="middle" fontSize={11}>
            {t('classic.kernel.lifted')}
          </text>
        </g>
      </svg>
      <figcaption className="d-note">{t('classic.kernel.picture')}</figcaption>
    </figure>
  );
}

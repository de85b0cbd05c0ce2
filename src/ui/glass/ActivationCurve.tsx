// An activation's curve, a = f(z), as the engine's kernel drew it, with every unit of the
// sample on it and the followed one marked. SVG: a hundred points and a few dots.
import type { GlassFloats } from '../../spec/protocol/glass';

const WIDTH = 220;
/** Units marked at most (an image's thousands would hide the curve): evenly picked. */
const MARKED = 200;
const HEIGHT = 150;
const PAD = 8;

interface Props {
  curve: { z: GlassFloats; a: GlassFloats };
  points: { z: GlassFloats; a: GlassFloats };
  followed: number;
  /** The picture in words: the function and the followed unit's point. */
  label: string;
}

export function ActivationCurve({ curve, points, followed, label }: Props) {
  const [zLo, zHi] = [curve.z[0], curve.z[curve.z.length - 1]];
  let aLo = Infinity,
    aHi = -Infinity;
  for (const a of curve.a)
    if (Number.isFinite(a)) [aLo, aHi] = [Math.min(aLo, a), Math.max(aHi, a)];
  if (!(aHi > aLo)) [aLo, aHi] = [aLo - 1, aLo + 1];
  const x = (z: number) => PAD + ((z - zLo) / (zHi - zLo)) * (WIDTH - 2 * PAD);
  const y = (a: number) => HEIGHT - PAD - ((a - aLo) / (aHi - aLo)) * (HEIGHT - 2 * PAD);
  const path = Array.from(curve.z, (z, i) => `${x(z).toFixed(1)},${y(curve.a[i]).toFixed(1)}`);
  return (
    <svg
      className="d-glass-curve"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
    >
      <line className="d-glass-axis" x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} />
      <line className="d-glass-axis" x1={x(0)} x2={x(0)} y1={PAD} y2={HEIGHT - PAD} />
      <polyline className="d-glass-function" points={path.join(' ')} />
      {marked(points.z.length, followed).map((j) => (
        <circle
          key={j}
          className={j === followed ? 'd-glass-point d-glass-point-followed' : 'd-glass-point'}
          cx={x(points.z[j])}
          cy={y(points.a[j])}
          r={j === followed ? 5 : 3}
        />
      ))}
    </svg>
  );
}

/** Every unit up to MARKED, else MARKED evenly spaced ones; the followed one always, last. */
function marked(count: number, followed: number): number[] {
  const step = Math.max(1, count / MARKED);
  const units: number[] = [];
  for (let k = 0; k * step < count; k++) {
    const j = Math.floor(k * step);
    if (j !== followed) units.push(j);
  }
  if (followed < count) units.push(followed);
  return units;
}

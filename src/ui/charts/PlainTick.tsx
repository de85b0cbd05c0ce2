// Axis labels as plain SVG text. Recharts' own tick labels wrap words, which measures each
// label's text in the DOM on every update: a steady cost while a run streams in.
interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: unknown };
}

export function plainTick(format: (v: number) => string, axis: 'x' | 'y') {
  return function PlainTick({ x = 0, y = 0, payload }: TickProps) {
    return (
      <text
        x={x}
        y={y}
        dy={axis === 'x' ? 12 : 4}
        textAnchor={axis === 'x' ? 'middle' : 'end'}
        className="d-tick"
      >
        {payload ? format(Number(payload.value)) : ''}
      </text>
    );
  };
}

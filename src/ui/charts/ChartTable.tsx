// A canvas chart's numbers for a screen reader: a table, visually hidden, of a few of the
// points it draws, evenly spaced and always with the first and the last (the latest value
// is what a listener most wants). The picture itself is one image with a name.
import { rowsShown } from './axes';
import type { Plot } from './drawLines';

interface Props {
  caption: string;
  /** The x column's heading ("Epoch", "Step"). */
  xName: string;
  plot: Plot;
  value: (v: number) => string;
}

export function ChartTable({ caption, xName, plot, value }: Props) {
  if (plot.xs.length === 0) return null;
  return (
    <table className="d-sr-only">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{xName}</th>
          {plot.lines.map((line) => (
            <th scope="col" key={line.name}>
              {line.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rowsShown(plot.xs.length).map((i) => (
          <tr key={i}>
            <th scope="row">{plot.xs[i]}</th>
            {plot.lines.map((line) => (
              <td key={line.name}>{Number.isFinite(line.ys[i]) ? value(line.ys[i]) : '–'}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// A chart's numbers for a screen reader: a visually hidden table of every point it draws
// (k-means' inertias and the curse's eight dimensions are few). The chart is one image.
interface Props {
  caption: string;
  columns: readonly string[];
  /** One row per x: its label first, then one cell per line. */
  rows: readonly (readonly string[])[];
}

export function NumbersTable({ caption, columns, rows }: Props) {
  if (rows.length === 0) return null;
  return (
    <table className="d-sr-only">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([x, ...cells]) => (
          <tr key={x}>
            <th scope="row">{x}</th>
            {cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

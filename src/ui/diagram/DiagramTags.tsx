// The layers without units of their own (batch norm, dropout, a separate activation) sit in
// the gap after the column they act on: a faint band under the edges, and a tag per layer
// drawn over them so it stays readable.
import type { Column, Layout } from './layout';

interface Props {
  column: Column;
  next: Column | undefined;
  layout: Layout;
  part: 'band' | 'tags';
}

const TAG_HEIGHT = 16;
const TAG_SPACING = 4;
/** Below the column titles and above the "+N more" line. */
const TOP = 36;
const BOTTOM = 20;

export function DiagramTags({ column, next, layout, part }: Props) {
  if (column.tags.length === 0) return null;
  const { node, gap } = layout.sizes;
  const start = column.x + node;
  const end = next?.x ?? column.x + gap;
  const centre = (start + end) / 2;
  const bottom = layout.height - BOTTOM;
  if (part === 'band') {
    return (
      <rect
        className="d-diagram-band"
        x={centre - 6}
        y={TOP}
        width={12}
        height={bottom - TOP}
        rx={6}
      />
    );
  }
  const first = (TOP + bottom) / 2 - (column.tags.length * (TAG_HEIGHT + TAG_SPACING)) / 2;
  return (
    <g className="d-diagram-tags">
      {column.tags.map((tag, i) => {
        const width = 12 + 6.2 * tag.length;
        const y = first + i * (TAG_HEIGHT + TAG_SPACING);
        return (
          <g key={i} className="d-diagram-tag">
            <rect x={centre - width / 2} y={y} width={width} height={TAG_HEIGHT} rx={8} />
            <text x={centre} y={y + TAG_HEIGHT / 2}>
              {tag}
            </text>
          </g>
        );
      })}
    </g>
  );
}

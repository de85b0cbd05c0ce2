// One column of the diagram: its title, its nodes (a picture of each unit's output for
// 2-input data, else a plain circle), the names beside the inputs and outputs, and how many
// units are left out.
import { useT } from '../i18n/useT';
import type { Column } from './layout';

interface Props {
  column: Column;
  node: number;
  heatmaps: boolean;
  /** Per shown node, its picture (a data URL), when there is one yet. */
  pictures: readonly string[] | undefined;
  /** The nodes' pictures are painted underneath (the diagram's canvas layer): no white fill. */
  painted: boolean;
  /** Names written beside the nodes: left of the inputs, right of the outputs. */
  names: readonly string[];
  side: 'left' | 'right' | null;
  /** What hovering a node says. */
  describe: (unit: number) => string;
  /** What the coach found in this column's layers ("dead units"), marked on its title. */
  flag: string | null;
}

/** Names longer than this are cut short beside the nodes (the tooltip has them whole). */
const NAME_LENGTH = 16;

function shorten(name: string): string {
  return name.length > NAME_LENGTH ? `${name.slice(0, NAME_LENGTH - 1)}…` : name;
}

export function DiagramColumn({
  column,
  node,
  heatmaps,
  pictures,
  painted,
  names,
  side,
  describe,
  flag,
}: Props) {
  const t = useT();
  const centre = column.x + node / 2;
  const last = column.ys[column.shown - 1] ?? 0;
  return (
    <g className="d-diagram-column">
      <text className={flag ? 'd-diagram-title d-flagged' : 'd-diagram-title'} x={centre} y={14}>
        {flag && <title>{flag}</title>}
        {flag ? `⚠ ${column.title}` : column.title}
      </text>
      <text className="d-diagram-detail" x={centre} y={28}>
        {column.detail}
      </text>
      {column.ys.map((y, unit) => {
        const href = pictures?.[unit];
        const top = y - node / 2;
        return (
          <g key={unit} className="d-diagram-node">
            <title>{describe(unit)}</title>
            {!heatmaps ? (
              <circle cx={centre} cy={y} r={node / 2} />
            ) : (
              <>
                {href !== undefined && (
                  <image href={href} x={column.x} y={top} width={node} height={node} />
                )}
                <rect
                  x={column.x}
                  y={top}
                  width={node}
                  height={node}
                  fill={href === undefined && !painted ? 'white' : 'none'}
                />
              </>
            )}
          </g>
        );
      })}
      {side !== null &&
        column.ys.map((y, unit) =>
          names[unit] === undefined ? null : (
            <text
              key={unit}
              className="d-diagram-name"
              x={side === 'left' ? column.x - 5 : column.x + node + 5}
              y={y}
              textAnchor={side === 'left' ? 'end' : 'start'}
            >
              {shorten(names[unit])}
            </text>
          ),
        )}
      {column.units > column.shown && (
        <text className="d-diagram-detail" x={centre} y={last + node / 2 + 14}>
          {t('diagram.more', { count: column.units - column.shown })}
        </text>
      )}
    </g>
  );
}

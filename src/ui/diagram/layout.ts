// Where everything in the network diagram goes: one column of nodes for the inputs and one
// per dense layer; the layers without units of their own (batch norm, dropout, a separate
// activation) become tags in the gap after the column they act on. Pure arithmetic, so the
// component only maps the result to SVG.
import { isImage, shapeText, sizeOf } from '../../spec/layers';
import type { LayerSpec, ModelSpec } from '../../spec/types';
import { describeLayer } from '../builder/layerNames';
import { viewOf } from '../builder/layers';
import type { Translator } from '../i18n/translate';

/** At most this many nodes per column; the rest is summarised as "+N more". */
export const MAX_NODES = 16;

export interface Column {
  /** "Inputs", "Layer 1"… and what it is: "dense 16 relu". */
  title: string;
  detail: string;
  /** All units of the column, and how many of them are drawn. */
  units: number;
  shown: number;
  /** The document index of the dense layer (null for the inputs): its W feeds this column. */
  dense: number | null;
  /** The document layer whose outputs the nodes show (the last before the next dense one). */
  output: number | null;
  /** Layers without units that follow this column, as tags: "batchnorm", "dropout 0.2". */
  tags: string[];
  x: number;
  /** Centre y of each shown node. */
  ys: number[];
}

export interface Sizes {
  /** Side of a node's square (heatmaps) or diameter of its circle. */
  node: number;
  /** Distance between node centres in a column. */
  pitch: number;
  /** Horizontal distance between the left edges of consecutive columns. */
  gap: number;
  /** Room at the left for input names and at the right for output names. */
  left: number;
  right: number;
}

export interface Layout {
  columns: Column[];
  width: number;
  height: number;
  sizes: Sizes;
}

/** Space for the column titles above the nodes and the "+N more" line below them. */
const TOP = 40;
const BOTTOM = 24;

export function sizesFor(
  heatmaps: boolean,
  inputNames: readonly string[],
  outputNames: readonly string[],
): Sizes {
  // Wide enough for the names (about 6px a character) and for a column title centred on
  // the first or last node; long names are cut short by the component.
  const textWidth = (names: readonly string[]) =>
    Math.min(
      110,
      Math.max(48, 8 + 6.2 * Math.max(0, ...names.slice(0, MAX_NODES).map((n) => n.length))),
    );
  return heatmaps
    ? { node: 28, pitch: 34, gap: 130, left: textWidth(inputNames), right: textWidth(outputNames) }
    : { node: 14, pitch: 22, gap: 130, left: textWidth(inputNames), right: textWidth(outputNames) };
}

/** The columns of `model`, with the layers between dense ones folded into tags (named by `t`). */
export function diagramColumns(model: ModelSpec, t: Translator): Omit<Column, 'x' | 'ys'>[] {
  const inputs: Omit<Column, 'x' | 'ys'> = {
    title: t('diagram.inputs'),
    detail: isImage(model.inputs)
      ? shapeText(model.inputs)
      : t('diagram.features', { count: model.inputs }),
    units: sizeOf(model.inputs),
    shown: Math.min(MAX_NODES, sizeOf(model.inputs)),
    dense: null,
    output: null,
    tags: [],
  };
  const columns = [inputs];
  model.layers.forEach((layer: LayerSpec, i) => {
    const last = columns[columns.length - 1];
    const units = viewOf(layer).units?.(layer);
    if (units === undefined) {
      last.tags.push(describeLayer(t, layer));
      if (last.dense !== null) last.output = i; // the inputs have no grid of their own
      return;
    }
    columns.push({
      title: t('common.layer', { n: i + 1 }),
      detail: describeLayer(t, layer),
      units,
      shown: Math.min(MAX_NODES, units),
      dense: i,
      output: i,
      tags: [],
    });
  });
  return columns;
}

export function layoutDiagram(model: ModelSpec, sizes: Sizes, t: Translator): Layout {
  const columns = diagramColumns(model, t);
  const tallest = Math.max(...columns.map((c) => c.shown));
  const body = tallest * sizes.pitch;
  const placed = columns.map((column, k) => {
    const top = TOP + (body - column.shown * sizes.pitch) / 2;
    return {
      ...column,
      x: sizes.left + k * sizes.gap,
      ys: Array.from({ length: column.shown }, (_, j) => top + (j + 0.5) * sizes.pitch),
    };
  });
  const lastX = placed[placed.length - 1].x;
  // A trailing tag (say, dropout after the output) needs a gap of its own to sit in.
  const trailing = placed[placed.length - 1].tags.length > 0 ? sizes.gap - sizes.node : 0;
  return {
    columns: placed,
    width: lastX + sizes.node + Math.max(trailing, sizes.right) + 4,
    height: TOP + body + BOTTOM,
    sizes,
  };
}

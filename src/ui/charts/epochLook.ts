// What a chart of epochs shows and how it is framed: the playground's (one run) and
// compare's (several runs), both drawn on a canvas by EpochCanvas.
import type { PlotLine } from './drawLines';
import { formatPercent, formatTick, formatValue, type YAxisTicks } from './format';

export const TRAINING = '#0072B2'; // Okabe–Ito blue
export const VALIDATION = '#E69F00'; // Okabe–Ito orange

export const wholePercent = (v: number) => `${Math.round(v * 100)}%`;

/** What the y axis shows: its labels, the tooltip's numbers, its span and ticks (null: the data's). */
export const METRICS: Record<
  'loss' | 'accuracy',
  { format: (v: number) => string; value: (v: number) => string; fixed: YAxisTicks | null }
> = {
  loss: { format: formatTick, value: formatValue, fixed: null },
  // Whole percents on the axis: the exact ones are in the tooltip and the readout.
  accuracy: {
    format: wholePercent,
    value: formatPercent,
    fixed: { scale: 'linear', domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1] },
  },
};

/** How a line is stroked, in CSS pixels: its width and its dashes (none: solid). */
type Stroke = Pick<PlotLine, 'width' | 'dash'>;

interface Frame {
  grid: boolean;
  legend: boolean;
  /** The epoch axis's labels at most. */
  epochTicks: number;
  /** The y axis's least width (axisWidth.ts): wider only for longer labels. */
  axisWidth: number;
  training: Stroke;
  validation: Stroke;
}

/**
 * How a chart is framed. One run: training and validation told apart by colour, named by a
 * legend inside, over a grid. Several runs: a colour per run, training dashed and validation
 * solid, named by the buttons above (and below the PNG), no grid under so many lines.
 */
export const FRAMES = {
  run: {
    grid: true,
    legend: true,
    epochTicks: 6,
    axisWidth: 48,
    training: { width: 1 },
    validation: { width: 1 },
  },
  runs: {
    grid: false,
    legend: false,
    epochTicks: 8,
    axisWidth: 52,
    training: { width: 1.5, dash: [4, 3] },
    validation: { width: 2 },
  },
} satisfies Record<string, Frame>;

/** One line: the rows' key of its values, its name in the tooltip, its colour, its part. */
export interface EpochLine {
  key: string;
  name: string;
  color: string;
  part: 'training' | 'validation';
}

/** What the drawing is given. */
export interface EpochPlotProps {
  /** The chart's name (its table's caption). */
  label: string;
  metric: keyof typeof METRICS;
  frame: keyof typeof FRAMES;
  rows: { epoch: number }[];
  lines: EpochLine[];
  height: number;
  logScale: boolean;
}

// What a chart of epochs shows and how it is framed, shared by its two drawings: the
// playground's on a canvas (EpochCanvas) and compare's in recharts (EpochRecharts).
import { formatPercent, formatTick, formatValue, type YAxisTicks } from './format';

export const TRAINING = '#0072B2'; // Okabe–Ito blue
export const VALIDATION = '#E69F00'; // Okabe–Ito orange
/** Off: recharts would make the SVG focusable, which cannot sit inside role="img". */
export const CHART = {
  accessibilityLayer: false,
  margin: { top: 8, right: 12, bottom: 0, left: 0 },
};

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
    training: {},
    validation: {},
  },
  runs: {
    grid: false,
    legend: false,
    epochTicks: 8,
    axisWidth: 52,
    training: { strokeDasharray: '4 3', strokeWidth: 1.5 },
    validation: { strokeWidth: 2 },
  },
};

/** One line: the rows' key of its values, its name in the tooltip, its colour. */
export interface EpochLine {
  key: string;
  name: string;
  color: string;
  part: 'training' | 'validation';
}

/** What either drawing is given. */
export interface EpochPlotProps {
  /** The chart's name (its table's caption on a canvas). */
  label: string;
  metric: keyof typeof METRICS;
  frame: keyof typeof FRAMES;
  rows: { epoch: number }[];
  lines: EpochLine[];
  height: number;
  logScale: boolean;
}

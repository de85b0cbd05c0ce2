// Paints the data and the network's predictions on a canvas: for 2 inputs a heatmap of the
// grid under the points, for 1 input the points and the fitted curve. Called only when the
// data or the grid changes, never per React render.
import type { BoundaryGrid, DataSummary } from '../../spec/protocol/training';
import {
  argmaxColor,
  classColor,
  divergingColor,
  mix,
  rgbToCss,
  sequentialColor,
  WHITE,
  type Rgb,
} from './palette';
import {
  clipToPlot,
  drawAxes,
  drawCurve,
  drawPoints,
  makeFrame,
  plotArea,
  prepareCanvas,
  SIZE,
  type Frame,
} from './plot';

const TRAIN_OUTLINE = '#222';
const VALIDATION_OUTLINE = '#fff';
const CURVE = '#222';

export function drawBoundary(
  canvas: HTMLCanvasElement,
  data: DataSummary,
  grid: BoundaryGrid | null,
  labelPx?: number,
): void {
  const ctx = prepareCanvas(canvas, SIZE);
  if (ctx === null || data.view === null) return;
  if (data.features === 2) drawTwoInputs(ctx, data, data.view, grid, labelPx);
  else drawOneInput(ctx, data, data.view, grid, labelPx);
}

/**
 * The smallest and largest regression value shown, over the labels and the first output of
 * the grid, so points and predictions share one colour scale (or one y axis).
 */
export function valueRange(data: DataSummary, grid: BoundaryGrid | null): [number, number] {
  let lo = Infinity,
    hi = -Infinity;
  const see = (v: number) => {
    if (!Number.isFinite(v)) return;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  };
  data.trainLabels.forEach(see);
  data.validationLabels.forEach(see);
  if (grid) for (let i = 0; i < grid.values.length; i += grid.outputs) see(grid.values[i]);
  if (lo === Infinity) return [0, 1];
  return hi > lo ? [lo, hi] : [lo - 1, hi + 1];
}

/** Fill colour by label: the class colour, or the value on the sequential map. */
function labelColor(data: DataSummary, range: [number, number]) {
  if (data.task === 'classification') return (label: number) => classColor(label);
  return (label: number) => rgbToCss(sequentialColor((label - range[0]) / (range[1] - range[0])));
}

/** Training then validation points, each with its labels; validation is drawn on top. */
function parts(data: DataSummary) {
  return [
    [data.trainPoints, data.trainLabels, false],
    [data.validationPoints, data.validationLabels, true],
  ] as const;
}

function drawTwoInputs(
  ctx: CanvasRenderingContext2D,
  data: DataSummary,
  view: [number, number],
  grid: BoundaryGrid | null,
  labelPx?: number,
): void {
  const frame = makeFrame(view, view, SIZE, labelPx);
  const range = valueRange(data, grid);
  if (grid) drawHeatmap(ctx, frame, grid, cellColor(data, grid, range));
  // The points and axes do not change while a run trains (only the heatmap under them
  // does): drawn once into a layer, then copied, instead of thousands of circles per frame.
  ctx.drawImage(pointsLayer(data, frame, range), 0, 0, SIZE, SIZE);
}

interface Layer {
  key: string;
  canvas: HTMLCanvasElement;
}
const layers = new WeakMap<DataSummary, Layer>();

/** The training and validation points with the axes, on a transparent canvas, cached per data. */
function pointsLayer(data: DataSummary, frame: Frame, range: [number, number]): HTMLCanvasElement {
  const dpr = window.devicePixelRatio || 1;
  // Regression points are coloured on the value range, which moves with the predictions.
  const key = `${dpr} ${frame.labelPx} ${data.task === 'regression' ? range.join(' ') : ''}`;
  const cached = layers.get(data);
  if (cached?.key === key) return cached.canvas;
  const canvas = cached?.canvas ?? document.createElement('canvas');
  const ctx = prepareCanvas(canvas, SIZE)!;
  const color = labelColor(data, range);
  ctx.save();
  clipToPlot(ctx, frame);
  for (const [points, labels, validation] of parts(data)) {
    drawPoints(
      ctx,
      frame,
      labels.length,
      (i) => points[2 * i],
      (i) => points[2 * i + 1],
      {
        fill: (i) => color(labels[i]),
        stroke: () => (validation ? VALIDATION_OUTLINE : TRAIN_OUTLINE),
      },
    );
  }
  ctx.restore();
  drawAxes(ctx, frame, false);
  layers.set(data, { key, canvas });
  return canvas;
}

/** The colour of grid cell `cell`, by what the outputs mean. */
function cellColor(
  data: DataSummary,
  grid: BoundaryGrid,
  range: [number, number],
): (cell: number) => Rgb {
  const { values, outputs } = grid;
  if (data.task === 'regression') {
    // Paler than the points' colours, so a point that disagrees with its region shows.
    return (cell) =>
      mix(
        sequentialColor((values[cell * outputs] - range[0]) / (range[1] - range[0])),
        WHITE,
        0.35,
      );
  }
  if (outputs === 1) return (cell) => divergingColor(values[cell]);
  return (cell) => argmaxColor(values, cell * outputs, outputs);
}

/** The grid's pixels before scaling onto the plot; one canvas reused for every draw. */
let tile: HTMLCanvasElement | null = null;

function drawHeatmap(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  grid: BoundaryGrid,
  color: (cell: number) => Rgb,
): void {
  const res = grid.resolution;
  const image = new ImageData(res, res);
  for (let cell = 0; cell < res * res; cell++) {
    const [r, g, b] = color(cell);
    // Byte by byte: a [r, g, b, 255] literal per cell would be thousands of arrays a frame.
    const o = cell * 4;
    image.data[o] = r;
    image.data[o + 1] = g;
    image.data[o + 2] = b;
    image.data[o + 3] = 255;
  }
  // Row 0 is the largest y and column 0 the smallest x (engine/predict.ts), as in an image.
  tile ??= document.createElement('canvas');
  if (tile.width !== res) tile.width = tile.height = res;
  tile.getContext('2d')?.putImageData(image, 0, 0);
  const [left, top, width, height] = plotArea(frame);
  ctx.imageSmoothingEnabled = true;
  // Cell centres lie on the view's edges, so the first and last pixel centres (not the
  // pixels' outer edges) go to the frame's edges; smoothing interpolates in between.
  if (res > 1) ctx.drawImage(tile, 0.5, 0.5, res - 1, res - 1, left, top, width, height);
  else ctx.drawImage(tile, left, top, width, height);
}

function drawOneInput(
  ctx: CanvasRenderingContext2D,
  data: DataSummary,
  view: [number, number],
  grid: BoundaryGrid | null,
  labelPx?: number,
): void {
  const classification = data.task === 'classification';
  const range = valueRange(data, grid);
  const frame = makeFrame(view, classification ? [-0.05, 1.05] : range, SIZE, labelPx);
  if (!classification) frame.y.nice();
  drawAxes(ctx, frame, true);

  // On white, the height already shows a regression value: one colour reads better.
  const color = (label: number) => classColor(classification ? label : 0);
  // A single sigmoid output is P(class 1), so its points sit at their label (0 or 1); with
  // one curve per class, every point sits at 1, where its own class's curve should reach.
  const onLabel = !classification || grid === null || grid.outputs === 1;
  ctx.save();
  clipToPlot(ctx, frame);
  for (const [points, labels, validation] of parts(data)) {
    // Validation points are rings here: a white outline would vanish on the white plot.
    drawPoints(
      ctx,
      frame,
      labels.length,
      (i) => points[i],
      (i) => (onLabel ? labels[i] : 1),
      {
        fill: (i) => (validation ? '#fff' : color(labels[i])),
        stroke: (i) => (validation ? color(labels[i]) : TRAIN_OUTLINE),
      },
    );
  }
  if (grid) drawFit(ctx, frame, grid, view, classification);
  ctx.restore();
}

/** The grid's values along x: one curve, or one per class for a softmax output. */
function drawFit(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  grid: BoundaryGrid,
  view: [number, number],
  classification: boolean,
): void {
  const { resolution: res, outputs, values } = grid;
  const xs = Array.from({ length: res }, (_, i) =>
    res === 1 ? (view[0] + view[1]) / 2 : view[0] + ((view[1] - view[0]) * i) / (res - 1),
  );
  const curves = classification && outputs > 1 ? outputs : 1;
  for (let k = 0; k < curves; k++) {
    const ys = xs.map((_, i) => values[i * outputs + k]);
    drawCurve(ctx, frame, xs, ys, curves > 1 ? classColor(k) : CURVE);
  }
}

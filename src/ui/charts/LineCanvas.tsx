// A line chart on a canvas (drawLines.ts draws it), with its legend under it and a readout
// of the values under the pointer. The canvas has as many pixels as the screen shows (the
// device pixel ratio), follows its box's width (a ResizeObserver), and is redrawn only when
// its plot, its size or its look changes: hovering moves the readout, not the drawing.
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useStore } from '../../store/store';
import { pageFontFamily, TICK_PX } from './axisWidth';
import { makeScale, nearestIndex, plotBox } from './axes';
import { drawPlot, type Plot } from './drawLines';
import { registerPainter } from './sharpCopy';

/** The legend's row under the canvas, in CSS pixels (recharts' took about as much). */
const LEGEND_HEIGHT = 24;

interface Props {
  plot: Plot;
  /** The whole chart's height in CSS pixels, the legend's row included. */
  height: number;
  /** The y axis's width, labels included (axisWidth.ts). */
  axisWidth: number;
  grid?: boolean;
  legend?: boolean;
  /** The readout's heading for an x ("Epoch 3") and how it writes a value. */
  tip: { label: (x: number) => string; value: (y: number) => string };
}

interface Size {
  width: number;
  dpr: number;
}

export function LineCanvas({ plot, height, axisWidth, grid = false, legend = false, tip }: Props) {
  const present = useStore((s) => s.present);
  const tickPx = present ? TICK_PX.present : TICK_PX.normal;
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState<Size>({ width: 0, dpr: 1 });
  const [hover, setHover] = useState<number | null>(null);
  const canvasHeight = height - (legend ? LEGEND_HEIGHT : 0);

  useEffect(() => {
    const element = frame.current!;
    const measure = (width: number) =>
      setSize((size) => {
        const dpr = window.devicePixelRatio || 1;
        return size.width === width && size.dpr === dpr ? size : { width, dpr };
      });
    measure(element.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => measure(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context || size.width === 0) return;
    const [w, h] = [Math.round(size.width * size.dpr), Math.round(canvasHeight * size.dpr)];
    if (element.width !== w) element.width = w;
    if (element.height !== h) element.height = h;
    const look = { width: size.width, height: canvasHeight, axisWidth, grid, tickPx, present };
    const paint = (ctx: CanvasRenderingContext2D, dpr: number) =>
      drawPlot(ctx, plot, { ...look, fontFamily: pageFontFamily() }, dpr);
    paint(context, size.dpr);
    registerPainter(element, paint);
  }, [plot, size, canvasHeight, axisWidth, grid, tickPx, present]);

  const box = plotBox({ width: size.width, height: canvasHeight, axisWidth });
  const onMove = (e: PointerEvent) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    const [lo, hi] = plot.x.domain;
    const inside = x >= box.left && x <= box.right && plot.xs.length > 0;
    const i = inside
      ? nearestIndex(plot.xs, lo + ((x - box.left) / (box.right - box.left)) * (hi - lo))
      : -1;
    setHover(i < 0 ? null : i);
  };
  const shown = hover !== null && hover < plot.xs.length ? hover : null;
  const at = shown === null ? 0 : makeScale(plot.x, box.left, box.right)(plot.xs[shown]);

  return (
    <div className="d-line-chart" ref={frame}>
      <canvas
        ref={canvas}
        style={{ height: canvasHeight }}
        onPointerMove={onMove}
        onPointerLeave={() => setHover(null)}
      />
      {shown !== null && (
        <>
          <div
            className="d-line-cursor"
            style={{ left: at, top: box.top, height: box.bottom - box.top }}
          />
          <div
            className="d-line-tip"
            style={
              at > size.width / 2
                ? { right: size.width - at + 10, top: box.top }
                : { left: at + 10, top: box.top }
            }
          >
            <div>{tip.label(plot.xs[shown])}</div>
            {plot.lines.map((line) =>
              Number.isFinite(line.ys[shown]) ? (
                <div key={line.name} style={{ color: line.color }}>
                  {line.name}: {tip.value(line.ys[shown])}
                </div>
              ) : null,
            )}
          </div>
        </>
      )}
      {legend && (
        <ul className="d-line-legend" style={{ height: LEGEND_HEIGHT }}>
          {plot.lines.map((line) => (
            <li key={line.name} className="d-line-key">
              <span className="d-line-swatch" style={{ borderTopColor: line.color }} />
              <span className="d-line-name" style={{ color: line.color }}>
                {line.name}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

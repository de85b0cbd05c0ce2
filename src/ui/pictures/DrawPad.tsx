// Draw your own sample for a trained image network. The pad is a bitmap four times the
// image's size; each 4×4 block's share of ink becomes one pixel, which is how the digits were
// made (32×32 bitmaps, ink counted in 4×4 blocks, 0 to 16), and for other grey images the
// share maps onto the data's own range. The drawing becomes the sample the network diagram
// follows (FeatureMaps): its maps, and the class probabilities shown here too.
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { chooseSample } from '../../store/sample';
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';
import { rangeOf } from './pixels';
import type { LossName } from '../../spec/types';

/** Bitmap cells per image pixel along each side (the digits' 32 / 8). */
const BLOCK = 4;
/** The pad's side on screen, about: big enough to draw on with a finger. */
const PAD_PX = 200;
/** The pen's radius in bitmap cells: a stroke about as wide as a pen's on the 32×32 forms. */
const PEN = 1.6;
/** While drawing, the network hears the drawing at most this often. */
const SEND_MS = 150;

export function DrawPad() {
  const t = useT();
  const { data, trace, loss } = useStore(
    useShallow((s) => ({
      data: s.data,
      trace: s.network?.trace ?? null,
      loss: s.experiment.model.loss,
    })),
  );
  const image = data?.image ?? null;
  if (data === null || image === null || image[0] !== 1) return null;
  const [, height, width] = image;
  const drawn = trace?.choice.kind === 'drawn' ? trace : null;
  const guess = drawn === null ? null : classGuess(drawn.outputs.at(-1), loss);
  return (
    <div className="d-drawpad">
      <h3>{t('draw.heading')}</h3>
      <Pad
        key={`${height}x${width}`}
        height={height}
        width={width}
        range={data.trainPoints}
        label={t('draw.pad', { side: `${width}×${height}` })}
        clearLabel={t('draw.clear')}
        onClear={() => {
          // Back to following a sample of the data, as before the drawing.
          const part = data.validationCount > 0 ? 'validation' : 'training';
          chooseSample({ kind: 'point', part, index: 0 });
        }}
      />
      <p className="d-note" role="status">
        {guess !== null && guess.index < data.classNames.length
          ? t('draw.guess', {
              name: data.classNames[guess.index],
              confidence: `${(100 * guess.probability).toFixed(1)}%`,
            })
          : t('draw.hint')}
      </p>
    </div>
  );
}

interface PadProps {
  height: number;
  width: number;
  /** The data's pixels: the drawing's darkest and lightest ink are theirs. */
  range: Float32Array;
  label: string;
  clearLabel: string;
  onClear: () => void;
}

function Pad({ height, width, range, label, clearLabel, onClear }: PadProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const ink = useRef(new Uint8Array(height * BLOCK * width * BLOCK));
  /** The last point of the stroke being drawn (bitmap cells), or null between strokes. */
  const last = useRef<[number, number] | null>(null);
  const lastSent = useRef(-Infinity);
  const [empty, setEmpty] = useState(true);
  const rows = height * BLOCK,
    cols = width * BLOCK;
  const cell = Math.max(1, Math.round(PAD_PX / Math.max(rows, cols)));

  useEffect(() => paint(canvas.current, ink.current, rows, cols), [rows, cols]);

  /** The drawing as the data's samples are: one value per pixel, on the data's range. */
  const send = () => {
    const [lo, hi] = rangeOf(range);
    const input = new Float32Array(height * width);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let count = 0;
        for (let i = 0; i < BLOCK; i++)
          for (let j = 0; j < BLOCK; j++)
            count += ink.current[(y * BLOCK + i) * cols + x * BLOCK + j];
        input[y * width + x] = lo + ((hi - lo) * count) / (BLOCK * BLOCK);
      }
    }
    lastSent.current = performance.now();
    chooseSample({ kind: 'drawn', input });
  };

  /** Inks a disc of the pen's radius around (cx, cy). */
  const dab = (cx: number, cy: number) => {
    const r = Math.ceil(PEN);
    for (let y = Math.floor(cy) - r; y <= Math.floor(cy) + r; y++) {
      for (let x = Math.floor(cx) - r; x <= Math.floor(cx) + r; x++) {
        if (y < 0 || y >= rows || x < 0 || x >= cols) continue;
        if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= PEN * PEN) ink.current[y * cols + x] = 1;
      }
    }
  };

  const stroke = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const cx = ((e.clientX - box.left) / box.width) * cols;
    const cy = ((e.clientY - box.top) / box.height) * rows;
    // Along the segment from the last point, a dab every half cell: a fast stroke stays a line.
    const [fx, fy] = last.current ?? [cx, cy];
    const steps = Math.max(1, Math.ceil(2 * Math.hypot(cx - fx, cy - fy)));
    for (let k = 1; k <= steps; k++)
      dab(fx + ((cx - fx) * k) / steps, fy + ((cy - fy) * k) / steps);
    last.current = [cx, cy];
    paint(canvas.current, ink.current, rows, cols);
    setEmpty(false);
    if (performance.now() - lastSent.current >= SEND_MS) send();
  };

  return (
    <div className="d-drawpad-body">
      <canvas
        ref={canvas}
        width={cols}
        height={rows}
        style={{ width: cols * cell, height: rows * cell }}
        className="d-drawpad-canvas"
        role="img"
        aria-label={label}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          last.current = null;
          stroke(e);
        }}
        onPointerMove={(e) => last.current !== null && stroke(e)}
        onPointerUp={() => {
          last.current = null;
          send();
        }}
      />
      <button
        type="button"
        disabled={empty}
        onClick={() => {
          ink.current.fill(0);
          paint(canvas.current, ink.current, rows, cols);
          setEmpty(true);
          onClear();
        }}
      >
        {clearLabel}
      </button>
    </div>
  );
}

/**
 * The class a classifier's output says, with its probability: the largest softmax output
 * (cross-entropy), or one sigmoid output read as class 1's probability (binary
 * cross-entropy); null for outputs that are not probabilities (squared error).
 */
export function classGuess(
  output: Float32Array | undefined,
  loss: LossName,
): { index: number; probability: number } | null {
  if (output === undefined) return null;
  if (loss === 'bce' && output.length === 1) {
    const p = output[0];
    return p >= 0.5 ? { index: 1, probability: p } : { index: 0, probability: 1 - p };
  }
  if (loss !== 'cross_entropy') return null;
  let best = 0;
  for (let k = 1; k < output.length; k++) if (output[k] > output[best]) best = k;
  return { index: best, probability: output[best] };
}

/** The bitmap as black ink on white. */
function paint(canvas: HTMLCanvasElement | null, ink: Uint8Array, rows: number, cols: number) {
  const ctx = canvas?.getContext('2d');
  if (!ctx) return;
  const image = ctx.createImageData(cols, rows);
  for (let p = 0; p < rows * cols; p++) {
    const grey = ink[p] ? 0 : 255;
    image.data.set([grey, grey, grey, 255], p * 4);
  }
  ctx.putImageData(image, 0, 0);
}

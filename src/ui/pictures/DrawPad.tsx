// Draw your own sample for a trained image network. The pad is a bitmap four times the
// image's size; each 4×4 block's share of ink becomes one pixel, which is how the digits were
// made (32×32 bitmaps, ink counted in 4×4 blocks, 0 to 16), and for other grey images the
// share maps onto the data's own range. The drawing becomes the sample the network diagram
// follows (FeatureMaps): its maps, and the class probabilities shown here too.
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { chooseSample } from '../../store/sample';
import { useStore } from '../../store/store';
import { useClassNames } from '../i18n/useClassNames';
import { useT } from '../i18n/useT';
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
  const classNames = useClassNames(data?.classNames);
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
        range={data.pixelRange ?? [0, 1]}
        label={t('draw.pad', { side: `${width}×${height}` })}
        roleLabel={t('draw.role')}
        clearLabel={t('draw.clear')}
        onClear={() => {
          // Back to following a sample of the data, as before the drawing.
          const part = data.validationCount > 0 ? 'validation' : 'training';
          chooseSample({ kind: 'point', part, index: 0 });
        }}
      />
      <p className="d-note" role="status">
        {guess !== null && guess.index < classNames.length
          ? t('draw.guess', {
              name: classNames[guess.index],
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
  /** The data's darkest and brightest pixel: no ink and full ink. */
  range: readonly [number, number];
  label: string;
  /** What the surface is called, for a screen reader ("drawing pad"). */
  roleLabel: string;
  clearLabel: string;
  onClear: () => void;
}

function Pad({ height, width, range, label, roleLabel, clearLabel, onClear }: PadProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const ink = useRef(new Uint8Array(height * BLOCK * width * BLOCK));
  /** The last point of the stroke being drawn (bitmap cells), or null between strokes. */
  const last = useRef<[number, number] | null>(null);
  /** Where the keyboard's pen is (bitmap cells): the middle at first. */
  const pen = useRef<[number, number]>([(width * BLOCK) / 2, (height * BLOCK) / 2]);
  const [focused, setFocused] = useState(false);
  const lastSent = useRef(-Infinity);
  const [empty, setEmpty] = useState(true);
  const rows = height * BLOCK,
    cols = width * BLOCK;
  const cell = Math.max(1, Math.round(PAD_PX / Math.max(rows, cols)));

  useEffect(
    () => paint(canvas.current, ink.current, rows, cols, focused ? pen.current : null),
    [rows, cols, focused],
  );

  /** The drawing as the data's samples are: one value per pixel, on the data's range. */
  const send = () => {
    const [lo, hi] = range;
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

  /** Inks the segment from (fx, fy) to (cx, cy), a dab every half cell, and shows it. */
  const line = (fx: number, fy: number, cx: number, cy: number) => {
    const steps = Math.max(1, Math.ceil(2 * Math.hypot(cx - fx, cy - fy)));
    for (let k = 1; k <= steps; k++)
      dab(fx + ((cx - fx) * k) / steps, fy + ((cy - fy) * k) / steps);
    paint(canvas.current, ink.current, rows, cols, pen.current);
    setEmpty(false);
    if (performance.now() - lastSent.current >= SEND_MS) send();
  };

  const stroke = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const cx = ((e.clientX - box.left) / box.width) * cols;
    const cy = ((e.clientY - box.top) / box.height) * rows;
    // From the last point: a fast stroke stays a line, not dots.
    const [fx, fy] = last.current ?? [cx, cy];
    last.current = [cx, cy];
    line(fx, fy, cx, cy);
  };

  /**
   * The keyboard's pen: the arrows move it one pixel of the image, with Shift they draw as
   * they go, and Space or Enter inks where it is.
   */
  const key = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const [px, py] = pen.current;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-BLOCK, 0],
      ArrowRight: [BLOCK, 0],
      ArrowUp: [0, -BLOCK],
      ArrowDown: [0, BLOCK],
    };
    const move = moves[e.key];
    if (move !== undefined) {
      const cx = Math.min(cols - 0.5, Math.max(0.5, px + move[0])),
        cy = Math.min(rows - 0.5, Math.max(0.5, py + move[1]));
      pen.current = [cx, cy];
      if (e.shiftKey) line(px, py, cx, cy);
      else paint(canvas.current, ink.current, rows, cols, pen.current);
    } else if (e.key === ' ' || e.key === 'Enter') line(px, py, px, py);
    else return;
    e.preventDefault();
  };

  return (
    <div className="d-drawpad-body">
      <canvas
        ref={canvas}
        width={cols}
        height={rows}
        style={{ width: cols * cell, height: rows * cell }}
        className="d-drawpad-canvas"
        // A surface the keys act on (application), named with how to draw on it.
        role="application"
        aria-roledescription={roleLabel}
        aria-label={label}
        tabIndex={0}
        onKeyDown={key}
        onKeyUp={(e) => e.key.startsWith('Arrow') && e.shiftKey && send()}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
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
          paint(canvas.current, ink.current, rows, cols, focused ? pen.current : null);
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

/** The bitmap as black ink on white, and the keyboard's pen (when it has the focus) in blue. */
function paint(
  canvas: HTMLCanvasElement | null,
  ink: Uint8Array,
  rows: number,
  cols: number,
  pen: readonly [number, number] | null,
) {
  const ctx = canvas?.getContext('2d');
  if (!ctx) return;
  const image = ctx.createImageData(cols, rows);
  for (let p = 0; p < rows * cols; p++) {
    const grey = ink[p] ? 0 : 255;
    image.data.set([grey, grey, grey, 255], p * 4);
  }
  if (pen !== null) {
    const p = Math.floor(pen[1]) * cols + Math.floor(pen[0]);
    image.data.set([0, 114, 178, 255], p * 4);
  }
  ctx.putImageData(image, 0, 0);
}

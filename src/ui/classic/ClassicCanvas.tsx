// One method's picture: its decision regions under the playground's points, with what the
// method adds (an SVM's margins and support vectors, kNN's clicked point and neighbours).
// A click on kNN's picture asks for the neighbours of the point under the pointer.
import { useEffect, useRef, type MouseEvent } from 'react';
import type { DataSummary } from '../../spec/protocol/training';
import { probeNeighbours } from '../../store/classic';
import { useCanvasLabelPx } from '../classroom/presentation';
import { SIZE } from '../boundary/plot';
import { drawClassic, pointAt, type Overlay } from './drawClassic';

interface Props {
  data: DataSummary;
  overlay: Overlay;
  /** Its accessible name: the method, the data, the accuracies. */
  label: string;
  /** kNN's: a click shows the clicked point's neighbours. */
  probes?: boolean;
  hint?: string;
}

export function ClassicCanvas({ data, overlay, label, probes = false, hint }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const labelPx = useCanvasLabelPx();
  const { fit, probe } = overlay;

  useEffect(() => {
    if (canvas.current !== null) drawClassic(canvas.current, data, { fit, probe }, labelPx);
  }, [data, fit, probe, labelPx]);

  const click = (e: MouseEvent<HTMLCanvasElement>) => {
    if (!probes || data.view === null) return;
    const box = e.currentTarget.getBoundingClientRect();
    const point = pointAt(data.view, labelPx, e.clientX - box.left, e.clientY - box.top);
    if (point !== null) void probeNeighbours(point);
  };
  return (
    <canvas
      ref={canvas}
      className="d-boundary-canvas"
      role="img"
      aria-label={label}
      title={hint}
      style={{ width: SIZE, height: SIZE, cursor: probes ? 'crosshair' : undefined }}
      onClick={click}
    >
      {label}
    </canvas>
  );
}

// When a racer runs off the picture. A large learning rate, or a surface that falls away
// (1/x towards its pole), carries a racer out of the plotted window: its trail stops at the
// edge and, without a word, it looks as if it had vanished. The legend says when it left.
import {
  RECORD,
  RECORD_STRIDE,
  type RaceRun,
  type SurfaceWindow,
} from '../../spec/protocol/surface';
import { inWindow } from '../../store/raceSettings';

/**
 * The first step at which `run` lies outside `view`, having started inside it; null when it
 * stays inside, or started outside (the setup already says so: raceNotes' startOutsideNote).
 */
export function leftViewAt(run: RaceRun, view: SurfaceWindow): number | null {
  const at = (i: number): [number, number] => [
    run.data[i * RECORD_STRIDE + RECORD.x],
    run.data[i * RECORD_STRIDE + RECORD.y],
  ];
  if (run.count === 0 || !inWindow(at(0), view)) return null;
  for (let i = 1; i < run.count; i++) if (!inWindow(at(i), view)) return i;
  return null;
}

// Presentation mode: large type, thick lines and high contrast for a projector, a class on
// <html> (`d-present`) that styles.css reads, and full screen when the browser allows it.
// Toggled by the header's button and the `p` key; leaving full screen (Esc) leaves it too.
import { useEffect } from 'react';
import { setPresent } from '../../store/classroom';
import { useStore } from '../../store/store';
import { LABEL_PX } from '../boundary/plot';

/** Canvas tick labels in presentation mode: as large as the margins of a picture allow. */
const PRESENT_LABEL_PX = 14;

export function togglePresentation(): void {
  const on = !useStore.getState().present;
  setPresent(on);
  const root = document.documentElement;
  if (on && document.fullscreenElement === null && root.requestFullscreen) {
    // Refused outside a click or key press, or in a frame: large type without full screen.
    root.requestFullscreen().catch(() => {});
  } else if (!on && document.fullscreenElement !== null) {
    document.exitFullscreen().catch(() => {});
  }
}

/** Line widths on canvases (the race's trails): this many times the usual. */
export function useLineScale(): number {
  return useStore((s) => (s.present ? 2 : 1));
}

/**
 * The tick labels' size on canvases (the pictures' axes; boundary/plot.ts): CSS cannot reach
 * text drawn on a canvas, so the pictures ask, and redraw when it changes.
 */
export function useCanvasLabelPx(): number {
  return useStore((s) => (s.present ? PRESENT_LABEL_PX : LABEL_PX));
}

/** The class on <html>, the `p` key, and leaving with full screen. Used once, by App. */
export function usePresentationMode(): void {
  const present = useStore((s) => s.present);
  useEffect(() => {
    document.documentElement.classList.toggle('d-present', present);
  }, [present]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'p' || e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      // Not while typing, in a menu (where `p` picks an entry) or in a dialog.
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, dialog, [contenteditable="true"]')) return;
      e.preventDefault();
      togglePresentation();
    };
    const onFullscreen = () => {
      const present = useStore.getState().present;
      if (document.fullscreenElement === null && present) setPresent(false);
      // Full screen that arrives after presentation mode was already left: leave it too.
      else if (document.fullscreenElement !== null && !present) {
        document.exitFullscreen().catch(() => {});
      }
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);
}

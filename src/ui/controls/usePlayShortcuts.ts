// Space plays or pauses and the right arrow steps, for whichever view is shown, unless the
// focus is in a text field, on a control or in a dialog (Space is how a keyboard user
// presses a button, and Alt/Ctrl/Cmd + arrow belong to the browser).
import { useEffect } from 'react';

export function usePlayShortcuts(toggle: () => void, step: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (
        target?.closest(
          'input, select, textarea, button, a, summary, dialog, [contenteditable="true"]',
        )
      )
        return;
      if (e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      if (e.key === ' ') {
        e.preventDefault();
        toggle();
      } else if (e.key === 'ArrowRight') {
        e.preventDefault();
        step();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle, step]);
}

// Space plays or pauses and the right arrow steps, for whichever view is shown, unless the
// focus is where the key already means something: Space presses a focused button, the
// arrows move a text cursor, a slider or a menu's choice, and switch the view tabs. So after
// a click on Step epoch, → steps on. Alt/Ctrl/Cmd + arrow belong to the browser, and a key
// a part of the page has already handled (the glass box's → moves a stage) is its own.
import { useEffect } from 'react';

/** Where Space already does something: every control. */
const SPACE_TAKEN = 'input, select, textarea, button, a, summary, dialog, [contenteditable="true"]';
/** Where → already does something: text, sliders, menus, and the tabs' arrow keys. */
const ARROW_TAKEN = 'input, select, textarea, dialog, [contenteditable="true"], [role="tab"]';

export function usePlayShortcuts(toggle: () => void, step: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest(e.key === ' ' ? SPACE_TAKEN : ARROW_TAKEN)) return;
      if (e.altKey || e.ctrlKey || e.metaKey || e.repeat || e.defaultPrevented) return;
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

// Which rows of a long table its scroll box shows. The table draws those (and a few either
// side) between two spacer rows, so a thousand trials cost the page what twenty do: drawn
// whole, each redraw of the trials table grew with the search until frames took 400 ms.
// The rows are measured when the box scrolls or changes size, never right after a redraw
// (that would make the browser lay the page out again inside React's task).
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Rows drawn beyond those in view on each side: a quick scroll meets no gap. */
const OVERSCAN = 10;
/** Before a row has been measured: a line of table text with its padding. */
const ROW_GUESS = 26;

export interface VisibleRows {
  /** The first row drawn and one past the last, in the table's order. */
  first: number;
  end: number;
  /** The height of a row as drawn (text size, presentation mode), for the spacers. */
  rowHeight: number;
  box: RefObject<HTMLDivElement | null>;
  body: RefObject<HTMLTableSectionElement | null>;
  onScroll: () => void;
}

/**
 * The rows of a table of `count` in the scroll box `box` whose body is `body`; the rows
 * drawn must carry aria-rowindex (that is how they are told from the spacers).
 */
export function useVisibleRows(count: number): VisibleRows {
  const box = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const [view, setView] = useState({ past: 0, shown: 20, rowHeight: ROW_GUESS });

  const measure = useCallback(() => {
    const b = box.current,
      tb = body.current;
    if (b === null || tb === null) return;
    // The pitch from one row's top to the next's, borders included.
    const rows = tb.querySelectorAll('tr[aria-rowindex]');
    const pitch =
      rows.length >= 2
        ? rows[1].getBoundingClientRect().top - rows[0].getBoundingClientRect().top
        : 0;
    // How far the body has scrolled above the box's top, the top spacer included.
    const above = b.getBoundingClientRect().top - tb.getBoundingClientRect().top;
    const height = b.clientHeight;
    setView((v) => {
      const rowHeight = pitch > 0 ? pitch : v.rowHeight;
      const past = Math.max(0, Math.floor(above / rowHeight));
      const shown = Math.ceil(height / rowHeight);
      const same = v.past === past && v.shown === shown && Math.abs(v.rowHeight - rowHeight) < 0.25;
      return same ? v : { past, shown, rowHeight };
    });
  }, []);

  // The box's size as laid out: at first, as rows fill it, and when the page resizes.
  const hasRows = count > 0;
  useEffect(() => {
    const b = box.current;
    if (b === null) return;
    const observer = new ResizeObserver(measure);
    observer.observe(b);
    return () => observer.disconnect();
  }, [measure, hasRows]);

  const past = Math.min(view.past, Math.max(0, count - view.shown));
  return {
    first: Math.max(0, past - OVERSCAN),
    end: Math.min(count, past + view.shown + OVERSCAN),
    rowHeight: view.rowHeight,
    box,
    body,
    onScroll: measure,
  };
}

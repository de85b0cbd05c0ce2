// The page's views, listed once (store/views.ts): the tabs' order, and what a teacher's link
// may hide follows from the rows.
import { describe, expect, it } from 'vitest';
import { HIDEABLE, readHidden } from '../../src/store/classroomLink';
import { HIDEABLE_VIEWS, HOME_VIEW, isView, VIEWS } from '../../src/store/views';

describe('the views', () => {
  it('are listed once, in the tabs’ order', () => {
    expect(VIEWS.map((v) => v.name)).toEqual([
      'lessons',
      'playground',
      'race',
      'compare',
      'search',
      'classic',
    ]);
  });

  it('may all be hidden by a teacher but the one the page falls back to', () => {
    expect(HIDEABLE_VIEWS).toEqual(['lessons', 'race', 'compare', 'search', 'classic']);
    expect(HIDEABLE_VIEWS).not.toContain(HOME_VIEW);
    // The settings panels first, then the views' tabs, as a link writes them.
    expect(HIDEABLE).toEqual(['data', 'network', 'training', ...HIDEABLE_VIEWS]);
    expect(readHidden('#hide=search,playground,compare')).toEqual(['compare', 'search']);
  });

  it('tell a view from any other name', () => {
    expect(isView('race')).toBe(true);
    expect(isView('data')).toBe(false);
    expect(isView('__proto__')).toBe(false);
    expect(isView(null)).toBe(false);
  });
});

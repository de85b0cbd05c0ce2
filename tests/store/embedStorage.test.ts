// A page embedded in a course page (`&embed=`) neither reads nor writes the browser's storage:
// the visitor's own saved race, view and experiment stay out of the frame, and nothing the
// frame does overwrites them. The same storage, the page opened whole, reads them (so the
// test would see them if the embedded page did).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PRESET } from '../../src/store/racePresets';
import type { RaceSettings } from '../../src/store/raceSettings';

/** The visitor's own storage: a race edited away from its preset, the search view. */
function visitorsStorage(): Map<string, string> {
  const items = new Map<string, string>([
    ['descent.race', JSON.stringify({ ...DEFAULT_PRESET.settings, steps: 77 })],
    ['descent.view', 'search'],
  ]);
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  });
  return items;
}

/** The store's modules, fresh, as a page at the address with `hash` loads them. */
async function openPage(hash: string) {
  vi.stubGlobal('location', { hash, search: '', pathname: '/', origin: 'http://descent.test' });
  vi.resetModules();
  const { keep } = await import('../../src/store/storage');
  const { saveRace } = await vi.importActual<{ saveRace(s: RaceSettings): void }>(
    '../../src/store/raceState',
  );
  const { useStore } = await vi.importActual<{
    useStore: { getState(): { view: string; race: { settings: RaceSettings } } };
  }>('../../src/store/store');
  return { keep, saveRace, state: useStore.getState() };
}

describe('the storage of an embedded page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows none of the visitor’s saved race and view', async () => {
    visitorsStorage();
    const { state } = await openPage('#embed=race');
    expect(state.race.settings.steps).toBe(DEFAULT_PRESET.settings.steps);
    expect(state.view).toBe('playground');
  });

  it('keeps nothing: the view, the language, the race', async () => {
    const items = visitorsStorage();
    const before = new Map(items);
    const { keep, saveRace } = await openPage('#embed=race');
    keep('descent.view', 'race');
    keep('descent.language', 'ja');
    saveRace({ ...DEFAULT_PRESET.settings, steps: 5 });
    expect(items).toEqual(before);
  });

  it('is the visitor’s own in the whole page', async () => {
    const items = visitorsStorage();
    const { state, keep } = await openPage('');
    expect(state.race.settings.steps).toBe(77);
    expect(state.view).toBe('search');
    keep('descent.view', 'race');
    expect(items.get('descent.view')).toBe('race');
  });
});

// The store says what happened as message keys, and the page words them: every key the store
// hands out is in the dictionary. (What adapt.ts says is checked in adapt.test.ts; the
// link and saved-state notices need a browser's storage, and the browser tests open them;
// the workers' messages are checked in tests/ui/i18n/dictionaries.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RACE_PRESETS } from '../../src/store/racePresets';
import { en } from '../../src/ui/i18n/dictionaries/en';

const STORE = join(import.meta.dirname, '../../src/store');
const keys = Object.keys(en.messages);

describe('notices from the store', () => {
  it('use only keys the dictionary has', () => {
    const used = readdirSync(STORE)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [
        ...readFileSync(join(STORE, file), 'utf8').matchAll(/'(notice\.[\w.]+)'/g),
      ])
      .map((m) => m[1]);
    expect(used).toEqual(
      expect.arrayContaining([
        'notice.restarted',
        'notice.restarted.data',
        'notice.restarted.network',
        'notice.restarted.optimizer',
        'notice.linkFailed',
        'notice.savedFailed',
        'notice.raceRestoreFailed',
        'notice.regressionOutput',
        'notice.bceNeedsTwoClasses',
      ]),
    );
    expect(used.filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('name every race preset and its note by keys the dictionary has', () => {
    for (const p of RACE_PRESETS) {
      expect(p.label).toBe(`preset.${p.name}.label`);
      expect(p.note).toBe(`preset.${p.name}.note`);
      expect(keys).toEqual(expect.arrayContaining([p.label, p.note]));
    }
  });
});

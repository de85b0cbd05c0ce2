// Every language says everything: the same keys as English, the same {placeholders}, and a
// label for every name the menus show (optimizers, data sets, …). A missing translation
// fails here, not in front of a class.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/i18n/dictionaries/en';
import { LANGUAGES, pickLanguage } from '../../../src/ui/i18n/languages';
import { format, translator } from '../../../src/ui/i18n/translate';
import { CATALOG_LABELS } from '../../../src/ui/i18n/catalogLabels';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const others = Object.entries(LANGUAGES).filter(([code]) => code !== 'en');

  it('include English and Japanese, found by file name', () => {
    expect(Object.keys(LANGUAGES).sort()).toEqual(expect.arrayContaining(['en', 'ja']));
    expect(LANGUAGES.en.messages).toBe(en.messages);
  });

  it.each(others)('%s has every English key, no others, with the same placeholders', (_, d) => {
    const keys = Object.keys(en.messages).sort();
    const catalog = CATALOG_LABELS.map((c) => c.key);
    expect(
      Object.keys(d.messages)
        .filter((k) => !catalog.includes(k))
        .sort(),
    ).toEqual(keys);
    for (const key of keys) {
      const english = en.messages[key as keyof typeof en.messages];
      expect(d.messages[key], key).not.toBe('');
      expect(placeholders(d.messages[key]), key).toEqual(placeholders(english));
    }
  });

  it('have every message the workers send (keys such as run.finished, written in src/worker)', () => {
    // The workers send message keys, not text, and a key is only a string to the compiler:
    // every dotted literal in their source is one, and the page must be able to word it.
    const dir = join(__dirname, '../../../src/worker');
    const sent = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/'([a-z]+(?:\.\w+)+)'/g)])
      .map((m) => m[1]);
    expect(sent).toContain('run.diverged.step');
    expect(sent.filter((key) => !(key in en.messages))).toEqual([]);
  });

  it.each(others)('%s labels every menu entry (optimizers, data sets, surfaces, …)', (_, d) => {
    const missing = CATALOG_LABELS.map((c) => c.key).filter((k) => !(k in d.messages));
    expect(missing).toEqual([]);
  });
});

describe('translation', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Epoch {epoch} of {epochs}', { epoch: 3, epochs: 10 })).toBe('Epoch 3 of 10');
    expect(format('{missing} stays', {})).toBe('{missing} stays');
  });

  it('labels a catalog entry from the dictionary, else with the English fallback', () => {
    const t = translator('ja', LANGUAGES.ja.messages);
    expect(t.label('optimizer', 'sgd', 'SGD')).toBe(LANGUAGES.ja.messages['optimizer.sgd']);
    expect(t.label('optimizer', 'no_such', 'Fallback')).toBe('Fallback');
  });

  it('follows a chosen language, else the browser, else English', () => {
    expect(pickLanguage('ja', ['en-US'])).toBe('ja');
    expect(pickLanguage(null, ['ja-JP', 'en'])).toBe('ja');
    expect(pickLanguage(null, ['fr-FR'])).toBe('en');
    expect(pickLanguage('xx', ['en-GB'])).toBe('en');
  });
});

// A refused edit names the field the user sees, from the path validation gives.
import { describe, expect, it } from 'vitest';
import { experimentFieldLabel } from '../../../src/ui/controls/experimentFields';
import { LANGUAGES } from '../../../src/ui/i18n/languages';
import { translator } from '../../../src/ui/i18n/translate';
import { parseExperiment, SpecError } from '../../../src/spec';
import { defaultExperiment } from '../../../src/spec/experiment';

const en = translator('en', LANGUAGES.en.messages);
const ja = translator('ja', LANGUAGES.ja.messages);

/** The path validation gives for `edit` of the default experiment. */
function refusedPath(edit: (e: ReturnType<typeof defaultExperiment>) => void): string {
  const e = defaultExperiment();
  edit(e);
  try {
    parseExperiment(e);
  } catch (error) {
    if (error instanceof SpecError) return error.path;
  }
  throw new Error('the edit was not refused');
}

describe('experimentFieldLabel', () => {
  it('names the playground fields validation refuses', () => {
    expect(
      experimentFieldLabel(
        en,
        refusedPath((e) => (e.optimizer.lr = -1)),
      ),
    ).toBe('Learning rate');
    expect(
      experimentFieldLabel(
        en,
        refusedPath((e) => (e.training.batchSize = 0)),
      ),
    ).toBe('Batch size');
    expect(
      experimentFieldLabel(
        en,
        refusedPath((e) => (e.validation = 2)),
      ),
    ).toBe('Validation fraction');
    expect(experimentFieldLabel(ja, 'optimizer.lr')).toBe(LANGUAGES.ja.messages['param.lr']);
  });

  it('names a layer by its number, and nothing where no one field is at fault', () => {
    const path = refusedPath((e) => {
      const first = e.model.layers[0];
      if (first.type === 'dense') first.units = 1e7;
    });
    expect(path).toMatch(/^model\.layers\[0\]/);
    expect(experimentFieldLabel(en, path)).toBe('Layer 1');
    expect(experimentFieldLabel(en, '')).toBeNull();
  });
});

// The default network taken to every built-in data set, as the page adapts it when the set
// changes (store/adapt.ts), trains its 50 epochs with nothing found: no false alarm on the
// page's own choices. One set shows a true failure: on breast cancer the validation loss is
// lowest after the first epoch and climbs fourfold as the training loss goes to 0.
import { describe, expect, it } from 'vitest';
import { defaultExperiment, parseExperiment } from '../../../src/spec';
import { DATASET_CATALOG } from '../../../src/spec/catalog/datasets';
import { dropImageLayers, fitModelToData } from '../../../src/store/adapt';
import type { Experiment, GeneratedDataSpec } from '../../../src/spec/types';
import { names, watch } from './watch';

const EXPECTED: Partial<Record<string, string[]>> = { breast_cancer: ['overfitting'] };

describe('the coach on the default network over every data set', () => {
  for (const [kind, entry] of Object.entries(DATASET_CATALOG)) {
    const expected = EXPECTED[kind] ?? [];
    it(`${kind}: ${expected.length === 0 ? 'nothing' : expected.join(', ')}`, async () => {
      const draft: Experiment = structuredClone(defaultExperiment());
      draft.data = { kind, ...entry.defaults } as GeneratedDataSpec;
      dropImageLayers(draft);
      fitModelToData(draft);
      // Fashion-MNIST's 60 000 images: three epochs keep the test short.
      if (kind === 'fashion_mnist') draft.training.epochs = 3;
      const { found } = await watch(parseExperiment(draft));
      expect(names(found)).toEqual(expected);
    });
  }
});

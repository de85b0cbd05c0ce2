// A refused edit names the field the user sees, from the path validation gives, and says why
// in the page's language when validation gave the rule it broke.
import { describe, expect, it } from 'vitest';
import type { EditError } from '../../../src/store/editError';
import {
  experimentFieldLabel,
  experimentFieldName,
  reasonText,
  refusalText,
} from '../../../src/ui/controls/experimentFields';
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

describe('refusalText', () => {
  /** The store's record of the refused `edit` of the default experiment. */
  function editError(edit: (e: ReturnType<typeof defaultExperiment>) => void): EditError {
    const e = defaultExperiment();
    edit(e);
    try {
      parseExperiment(e);
    } catch (error) {
      if (error instanceof SpecError) {
        const { message, path, reason } = error;
        return { message, path, reason, layers: e.model.layers.length };
      }
    }
    throw new Error('the edit was not refused');
  }

  it("says a number's rule in the page's language, with the field's name", () => {
    const lr = editError((e) => (e.optimizer.lr = -1));
    expect(refusalText(en, lr, 'Learning rate')).toBe(
      'Learning rate must be a positive number; you typed -1.',
    );
    expect(refusalText(ja, lr, '学習率')).toBe(
      '学習率には正の数を入力してください(-1 と入力されました)。',
    );
    const momentum = editError((e) => {
      e.optimizer = { name: 'sgd', lr: 0.1, momentum: 1 };
    });
    expect(refusalText(en, momentum, 'Momentum')).toBe(
      'Momentum must be at least 0 and less than 1; you typed 1.',
    );
    const units = editError((e) => {
      const first = e.model.layers[0];
      if (first.type === 'dense') first.units = 5000;
    });
    expect(refusalText(en, units, 'Units in layer 1')).toBe(
      'Units in layer 1 can be at most 4096; you typed 5000.',
    );
  });

  it('says the rules between fields and the ranges in both languages', () => {
    // Samples set to 1 refuses the fraction already there: it says what it is.
    const split = editError((e) => {
      e.data = { ...e.data, samples: 1 } as typeof e.data;
      e.validation = 0.5;
    });
    expect(refusalText(en, split, 'Validation fraction')).toBe(
      'Validation fraction is 0.5, but a single sample cannot be split: set it to 0, or use more samples.',
    );
    expect(refusalText(ja, split, '検証データの割合')).toBe(
      'サンプルが 1 つでは分割できません。検証データの割合を 0 にするか、サンプルを増やしてください(今は 0.5)。',
    );
    const classes = editError((e) => {
      e.data = { ...e.data, classes: 20 } as typeof e.data;
    });
    expect(refusalText(en, classes, 'Classes')).toBe(
      'Classes must be a whole number from 2 to 10; you typed 20.',
    );
    expect(refusalText(ja, classes, 'クラス数')).toBe(
      'クラス数には 2 以上 10 以下の整数を入力してください(20 と入力されました)。',
    );
    const nesterov = editError((e) => {
      e.optimizer = { name: 'sgd', lr: 0.1, momentum: 0, nesterov: true };
    });
    expect(refusalText(en, nesterov, 'Momentum')).toBe(
      'Momentum must be more than 0 with Nesterov on (PyTorch refuses Nesterov without momentum).',
    );
    const batchNorm = editError((e) => {
      e.model.layers.splice(1, 0, { type: 'batchnorm' });
      e.training.batchSize = 1;
    });
    expect(refusalText(ja, batchNorm, 'バッチサイズ')).toBe(
      'バッチ正規化には 1 バッチに 2 つ以上のサンプルが必要です。バッチサイズを 2 以上にしてください(今は 1)。',
    );
  });

  it("says what early stopping needs, at the top of the page, in the page's language", () => {
    // No number field has its path: the notice says it, with the rule when the field is known.
    const stop = editError((e) => {
      e.training.earlyStopping = { patience: 5, minDelta: 0 };
      e.validation = 0;
    });
    const name = experimentFieldName(ja, stop.path);
    expect(name).toBe(LANGUAGES.ja.messages['training.earlyStopping']);
    expect(reasonText(ja, stop, name!)).toBe(
      '早期終了は検証データの損失を見るので、検証データの割合は 0 より大きくする必要があります。先に早期終了をオフにしてください。',
    );
  });

  it('names the data set whose size is the limit as the data menu does', () => {
    const iris = editError((e) => {
      e.data = { kind: 'iris', samples: 200, noise: 0, classes: 3, normalize: 'standardize' };
      e.model.inputs = 4;
      const output = e.model.layers.at(-1);
      if (output?.type === 'dense') output.units = 3;
    });
    expect(iris.message).toBe('data.samples must be at most 150, the size of iris (got 200)');
    expect(refusalText(en, iris, 'Samples')).toBe(
      'Samples can be at most 150, the size of Iris; you typed 200.',
    );
    expect(refusalText(ja, iris, 'サンプル数')).toBe(
      'サンプル数はアヤメ(Iris)のサンプル数 150 以下にしてください(200 と入力されました)。',
    );
  });

  it("falls back to validation's English in the translated frame, the field named", () => {
    // An output that does not fit the loss has no rule the page words.
    const output = editError((e) => void (e.model.loss = 'bce'));
    expect(output.path).toBe('model.layers[3].activation');
    expect(output.reason).toBeNull();
    expect(refusalText(en, output, 'Activation of layer 4')).toBe(
      'That change was not applied: Activation of layer 4 must be sigmoid for model.loss "bce" (got "softmax")',
    );
  });
});

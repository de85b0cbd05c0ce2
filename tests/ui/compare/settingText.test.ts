// A compare run's name in both languages: in English word for word the engine's label (what
// `cli compare` prints), in Japanese the words translated and the code names kept; an
// initializer by the name the rest of the page gives it, in both.
import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../../../src/spec/compare';
import type { VaryName } from '../../../src/spec/types';
import { settingLabel } from '../../../src/spec/settingLabel';
import type { CompareSetting } from '../../../src/store/compareState';
import { settingText } from '../../../src/ui/compare/settingText';
import { en } from '../../../src/ui/i18n/dictionaries/en';
import { ja } from '../../../src/ui/i18n/dictionaries/ja';
import { translator } from '../../../src/ui/i18n/translate';

const english = translator('en', en.messages);
const japanese = translator('ja', ja.messages);

/** The setting as a compare document resolves it (an optimizer with all its fields). */
function setting(name: VaryName, raw: unknown): CompareSetting {
  return { name, value: SETTINGS[name](raw, 'values[0]') } as CompareSetting;
}

const CASES: [VaryName, unknown, string][] = [
  ['optimizer', 'adam', 'adam'],
  ['optimizer', { name: 'rmsprop', lr: 0.005 }, 'rmsprop 学習率 0.005'],
  ['optimizer', { name: 'sgd', weightDecay: 0.01 }, 'sgd 重み減衰 0.01'],
  ['optimizer', { name: 'momentum', momentum: 0.5 }, 'momentum モーメンタム 0.5'],
  ['optimizer', { name: 'adam', beta1: 0.8 }, 'adam beta1 0.8'],
  ['initializer', 'he_normal', 'He(正規)'],
  ['initializer', { name: 'normal', std: 0.01 }, '正規分布 標準偏差 0.01'],
  ['initializer', { name: 'uniform', limit: 0.05 }, '一様分布 上限 0.05'],
  ['activation', 'relu', 'relu'],
  ['lr', 0.01, '学習率 0.01'],
  ['batchSize', 32, 'バッチサイズ 32'],
  ['batchNorm', true, 'バッチ正規化あり'],
  ['batchNorm', false, 'バッチ正規化なし'],
  ['dropout', 0, 'ドロップアウトなし'],
  ['dropout', 0.2, 'ドロップアウト 0.2'],
  ['weightDecay', 0.001, '重み減衰 0.001'],
  ['seed', 3, 'シード 3'],
  ['hiddenLayers', 0, '隠れ層なし'],
  ['hiddenLayers', 1, '隠れ層 1 層'],
  ['hiddenLayers', 3, '隠れ層 3 層'],
  ['units', 1, '1 ユニット'],
  ['units', 64, '64 ユニット'],
  ['filters', 16, 'フィルタ 16 個'],
  ['augment', null, 'データ拡張なし'],
  ['augment', { jitter: 0.1 }, 'ジッター 0.1'],
  ['augment', { shift: 2, rotate: 10, crop: 0.9 }, '移動 2 · 回転 10° · 切り抜き 0.9'],
  ['augment', { flip: true }, '左右反転'],
];

describe('settingText', () => {
  const engineNamed = CASES.filter(([name]) => name !== 'initializer');
  it.each(engineNamed)('names %s %j in English as the engine does', (name, raw) => {
    const s = setting(name, raw);
    expect(settingText(english, s)).toBe(settingLabel(s.name, s.value));
  });

  it.each(CASES)('names %s %j in Japanese', (name, raw, expected) => {
    expect(settingText(japanese, setting(name, raw))).toBe(expected);
  });

  it('spells out the English words the legend has always shown', () => {
    expect(settingText(english, setting('batchSize', 32))).toBe('batch size 32');
    expect(settingText(english, setting('dropout', 0))).toBe('no dropout');
    expect(settingText(english, setting('augment', { shift: 1, rotate: 10 }))).toBe(
      'shift 1 · rotate 10°',
    );
    expect(settingText(english, setting('batchNorm', true))).toBe('batch norm on');
    expect(settingText(english, setting('weightDecay', 0.001))).toBe('weight decay 0.001');
    expect(settingText(english, setting('optimizer', { name: 'rmsprop', lr: 0.005 }))).toBe(
      'rmsprop lr 0.005',
    );
  });

  it('names an initializer as the layer builder and the compare form do', () => {
    expect(settingText(english, setting('initializer', 'xavier_normal'))).toBe(
      'Xavier/Glorot normal',
    );
    expect(settingText(english, setting('initializer', { name: 'normal', std: 1 }))).toBe(
      'Normal std 1',
    );
    expect(settingText(english, setting('initializer', { name: 'uniform', limit: 0.05 }))).toBe(
      'Uniform limit 0.05',
    );
  });
});

// A setting's value described once, as message keys with values: worded in English for the
// CLI (settingLabel), and by the page's dictionaries in its language (tests/ui/compare).
import { describe, expect, it } from 'vitest';
import { describeSetting, settingLabel, SETTING_WORDS } from '../../src/spec/settingLabel';

describe('settingLabel', () => {
  it('names a value for a legend', () => {
    expect(settingLabel('optimizer', { name: 'adam', lr: 0.001 })).toBe('adam');
    expect(settingLabel('optimizer', { name: 'rmsprop', lr: 0.005, alpha: 0.99 })).toBe(
      'rmsprop lr 0.005',
    );
    expect(settingLabel('lr', 0.01)).toBe('lr 0.01');
    expect(settingLabel('initializer', { name: 'normal', std: 0.01 })).toBe('normal std 0.01');
    expect(settingLabel('batchNorm', true)).toBe('batch norm on');
    expect(settingLabel('dropout', 0)).toBe('no dropout');
    expect(settingLabel('batchSize', 16)).toBe('batch size 16');
    expect(settingLabel('seed', 3)).toBe('seed 3');
  });

  it('says every setting a search samples too, symbols as they are', () => {
    expect(settingLabel('momentum', 0.9)).toBe('momentum 0.9');
    expect(settingLabel('l2', 0.001)).toBe('l2 0.001');
    expect(settingLabel('weightDecay', 0.01)).toBe('weight decay 0.01');
    expect(settingLabel('batchNorm', false)).toBe('batch norm off');
    expect(settingLabel('dropout', 0.2)).toBe('dropout 0.2');
    expect(settingLabel('activation', 'relu')).toBe('relu');
    expect(
      settingLabel('optimizer', {
        name: 'adam',
        lr: 0.001,
        beta1: 0.8,
        beta2: 0.999,
        eps: 1e-8,
        weightDecay: 0.1,
      }),
    ).toBe('adam beta1 0.8 weightDecay 0.1');
  });

  it('says an augmentation by the transforms that are on, "·" between them', () => {
    const off = { jitter: 0, shift: 0, rotate: 0, flip: false, crop: 1 };
    expect(settingLabel('augment', null)).toBe('no augmentation');
    expect(settingLabel('augment', { ...off, jitter: 0.1 })).toBe('jitter 0.1');
    expect(settingLabel('augment', { ...off, shift: 2, rotate: 10, crop: 0.9, flip: true })).toBe(
      'shift 2 · rotate 10° · flip · crop 0.9',
    );
    // Every field off (null by the time a compare holds it) is still no augmentation.
    expect(settingLabel('augment', off)).toBe('no augmentation');
  });

  it('counts the architecture: one, many, or no hidden layers', () => {
    expect(settingLabel('hiddenLayers', 0)).toBe('no hidden layers');
    expect(settingLabel('hiddenLayers', 1)).toBe('1 hidden layer');
    expect(settingLabel('hiddenLayers', 2)).toBe('2 hidden layers');
    expect(settingLabel('units', 1)).toBe('1 unit');
    expect(settingLabel('units', 64)).toBe('64 units');
    expect(settingLabel('filters', 1)).toBe('1 filter');
    expect(settingLabel('filters', 16)).toBe('16 filters');
    expect(describeSetting('units', 64)).toEqual([
      { key: 'setting.units.other', vars: { value: '64' } },
    ]);
  });
});

describe('describeSetting', () => {
  it('gives the parts of a name in order, each a key with its values', () => {
    expect(describeSetting('optimizer', { name: 'rmsprop', lr: 0.005, alpha: 0.99 })).toEqual([
      { key: 'setting.name', vars: { name: 'rmsprop' } },
      { key: 'setting.lr', vars: { value: '0.005' } },
    ]);
    // An initializer keeps its code name: the page names it as its menus do.
    expect(describeSetting('initializer', { name: 'uniform', limit: 0.05 })).toEqual([
      { key: 'setting.initializer', vars: { name: 'uniform' } },
      { key: 'setting.limit', vars: { value: '0.05' } },
    ]);
    expect(describeSetting('dropout', 0)).toEqual([{ key: 'setting.noDropout' }]);
  });

  it('uses only keys that have English words, each filled by the values it is given', () => {
    const parts = [
      ...describeSetting('optimizer', { name: 'adam', lr: 0.001, beta1: 0.8, weightDecay: 0.1 }),
      ...describeSetting('initializer', { name: 'normal', std: 1 }),
      ...describeSetting('batchNorm', true),
      ...describeSetting('l2', 0.1),
      ...describeSetting('augment', { jitter: 0.1, shift: 1, rotate: 5, flip: true, crop: 0.8 }),
      ...describeSetting('augment', null),
    ];
    for (const { key, vars } of parts) {
      const placeholders = [...SETTING_WORDS[key].matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(Object.keys(vars ?? {}).sort(), key).toEqual(placeholders.sort());
    }
  });
});

// Where the browser blocks storage, reading `localStorage` itself throws: the page keeps
// nothing and still opens.
import { afterEach, describe, expect, it } from 'vitest';
import { browserStorage, keep } from '../../src/store/storage';

const blocked = () =>
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });

const working = () => {
  const items = new Map<string, string>();
  const storage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
  Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: storage });
  return items;
};

const full = () =>
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    value: {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
    },
  });

describe('the page storage', () => {
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('is none where reading it throws, and keeping then does nothing', () => {
    blocked();
    expect(browserStorage()).toBeNull();
    expect(() => keep('descent.view', 'race')).not.toThrow();
  });

  it('keeps what it is given where it works', () => {
    const items = working();
    keep('descent.view', 'race');
    expect(items.get('descent.view')).toBe('race');
    expect(browserStorage()?.getItem('descent.view')).toBe('race');
  });

  it('drops what a full storage refuses', () => {
    full();
    expect(() => keep('descent.view', 'race')).not.toThrow();
  });
});

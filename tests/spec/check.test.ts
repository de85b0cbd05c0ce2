// The path-aware toolkit under the validators: paths, descriptions of bad values, and the
// shapes of its messages.
import { describe, expect, it } from 'vitest';
import {
  at,
  describe as describeValue,
  int,
  item,
  list,
  num,
  oneOf,
  record,
} from '../../src/spec/check';
import { groupThousands } from '../../src/spec/limits';
import { specError } from './fixtures';

describe('paths', () => {
  it('join fields with dots and indices with brackets', () => {
    expect(at('', 'data')).toBe('data');
    expect(at(item(at('model', 'layers'), 2), 'init')).toBe('model.layers[2].init');
    // A key that is not an identifier is quoted, so the path stays unambiguous.
    expect(at('', 'learning rate')).toBe('"learning rate"');
    expect(at('optimizer', 'a.b')).toBe('optimizer["a.b"]');
  });
});

describe('describing the offending value', () => {
  it.each([
    ['0.1', '"0.1"'],
    [NaN, 'NaN'],
    [-Infinity, '-Infinity'],
    [null, 'null'],
    [undefined, 'nothing'],
    [[1], 'an array'],
    [{}, 'an object'],
    [true, 'true'],
    ['x'.repeat(50), `"${'x'.repeat(37)}..."`],
  ])('%s is shown as %s', (value, shown) => expect(describeValue(value)).toBe(shown));
});

describe('messages', () => {
  it('numbers state their range', () => {
    expect(specError(() => num(1, 'p', { ge: 0, lt: 1 })).message).toBe(
      'p must be a number in [0, 1) (got 1)',
    );
    expect(specError(() => num(0, 'p', { gt: 0, le: 1 })).message).toBe(
      'p must be a number in (0, 1] (got 0)',
    );
    expect(specError(() => num(undefined, 'p', { gt: 0 })).message).toBe(
      'p is required (a finite number > 0)',
    );
    expect(num(0.5, 'p', { ge: 0, lt: 1 })).toBe(0.5);
  });

  it('integers say which kind, then the limit', () => {
    expect(specError(() => int(0, 'p', 1)).message).toBe('p must be a positive integer (got 0)');
    expect(specError(() => int(-1, 'p', 0)).message).toBe(
      'p must be a non-negative integer (got -1)',
    );
    expect(specError(() => int(9, 'p', 1, 8, 'the size of it')).message).toBe(
      'p must be at most 8, the size of it (got 9)',
    );
  });

  it('names and fields list the valid ones', () => {
    expect(specError(() => oneOf('c', 'p', ['a', 'b'])).message).toBe(
      'p "c" is unknown (one of: a, b)',
    );
    expect(specError(() => oneOf(3, 'p', ['a', 'b'])).message).toBe(
      'p must be one of: a, b (got 3)',
    );
    const shape = { owner: 'thing', fields: ['a', 'b'], tag: 'name' };
    expect(record({ name: 'x', a: 1 }, 'p', shape)).toEqual({ name: 'x', a: 1 });
    expect(specError(() => record({ c: 1 }, 'p', shape)).message).toBe(
      'p.c is not a field of thing (fields: a, b)',
    );
  });

  it('lists state their limit', () => {
    expect(specError(() => list([1, 2, 3], 'p', { max: 2, noun: 'rows' })).message).toBe(
      'p has 3 rows; the limit is 2',
    );
    expect(specError(() => list([], 'p', { min: 1 })).message).toBe('p must not be empty');
  });

  it('the whole document is called the document', () => {
    expect(specError(() => record(7, '', { owner: 'x', fields: [] })).message).toBe(
      'the document must be an object (got 7)',
    );
  });

  it('large counts are grouped in thousands', () => {
    expect(groupThousands(16781312)).toBe('16,781,312');
    expect(groupThousands(999)).toBe('999');
  });
});

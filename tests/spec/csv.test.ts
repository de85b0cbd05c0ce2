import { describe, expect, it } from 'vitest';
import { CsvError, csvToInlineData, guessImage, readCsv } from '../../src/spec/csv';
import { parseExperiment } from '../../src/spec';

const IRIS_LIKE = `sepal length,sepal width,"species, common name"
5.1,3.5,setosa
7.0,3.2,versicolor
6.3,3.3,virginica
4.9,3.0,setosa
`;

describe('reading a CSV', () => {
  it('finds the header, the columns and quoted cells', () => {
    const table = readCsv(IRIS_LIKE);
    expect(table.columns).toEqual(['sepal length', 'sepal width', 'species, common name']);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[1]).toEqual(['7.0', '3.2', 'versicolor']);
  });

  it('reads semicolon and tab separated files, and files without a header', () => {
    expect(readCsv('1;2;0\n3;4;1\n').columns).toEqual(['column 1', 'column 2', 'column 3']);
    expect(readCsv('a\tb\n1\t2\n').rows).toEqual([['1', '2']]);
  });

  it('turns named classes into indices, keeping the names', () => {
    const data = csvToInlineData(readCsv(IRIS_LIKE), 2, 'classification');
    expect(data.y).toEqual([0, 1, 2, 0]);
    expect(data.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(data.x[0]).toEqual([5.1, 3.5]);
    // …and the result is a valid experiment's data.
    const experiment = parseExperiment({
      version: 1,
      data,
      validation: 0,
      model: { layers: [{ type: 'dense', units: 3, activation: 'softmax' }] },
    });
    expect(experiment.data).toMatchObject({
      kind: 'inline',
      classNames: ['setosa', 'versicolor', 'virginica'],
    });
  });

  it('reads a numeric label column as a regression target', () => {
    const data = csvToInlineData(readCsv('x,y\n1,2.5\n2,4.5\n'), 1, 'regression');
    expect(data).toMatchObject({ task: 'regression', x: [[1], [2]], y: [2.5, 4.5] });
  });

  it('says which line and column are wrong', () => {
    expect(() => readCsv('')).toThrow(CsvError);
    expect(() => readCsv('a,b\n1,2\n3\n')).toThrow('line 3 has 1 cells, but the first line has 2');
    expect(() => readCsv('a,b\n"1,2\n')).toThrow('line 2 has a quote that is never closed');
    expect(() => csvToInlineData(readCsv('a,b,c\n1,x,0\n2,3,1\n'), 2, 'classification')).toThrow(
      'line 2, column "b": "x" is not a number',
    );
    expect(() => csvToInlineData(readCsv('a,b\n1,2\n3,4\n'), 1, 'regression')).not.toThrow();
    // Blank lines are skipped but still counted: the message points at the file's own line.
    expect(() => csvToInlineData(readCsv('a,b,y\n\n1,2,0\n\nx,4,1'), 2, 'classification')).toThrow(
      'line 5, column "a": "x" is not a number',
    );
    expect(() => csvToInlineData(readCsv('a,b\n1,0\n3,0\n'), 1, 'classification')).toThrow(
      /only one class/,
    );
  });
});

describe('inline classNames (extension)', () => {
  const doc = (classNames: unknown) => ({
    version: 1,
    data: { kind: 'inline', task: 'classification', x: [[0], [1]], y: [0, 1], classNames },
    validation: 0,
    model: { layers: [{ type: 'dense', units: 2, activation: 'softmax' }] },
  });
  it('must name every class', () => {
    expect(() => parseExperiment(doc(['a']))).toThrow(/data\.classNames/);
    expect(() => parseExperiment(doc(['a', 7]))).toThrow(/data\.classNames\[1\]/);
    expect(parseExperiment(doc(['a', 'b'])).data).toMatchObject({ classNames: ['a', 'b'] });
  });
});

describe('a CSV of pixels read as images', () => {
  // Four 2 × 3 one-channel images (six pixel columns) of two classes.
  const pixels = (k: number) => [0, 1, 2, 3, 4, 5].map((p) => (p * k) % 7);
  const text = ['label,' + [1, 2, 3, 4, 5, 6].map((p) => `p${p}`).join(',')]
    .concat([1, 2, 3, 4].map((k) => `${k % 2 ? 'cat' : 'dog'},${pixels(k).join(',')}`))
    .join('\n');

  it('gives the data the shape, on the pixels one scale', () => {
    const data = csvToInlineData(readCsv(text), 0, 'classification', [1, 2, 3]);
    expect(data.shape).toEqual([1, 2, 3]);
    expect(data.normalize).toBe('minmax');
    expect(data.x[1]).toEqual(pixels(2));
    // And the document takes it: a convolution fits a 2 × 3 image.
    const e = parseExperiment({
      version: 1,
      data,
      model: {
        layers: [
          { type: 'conv2d', filters: 2, kernelSize: 2 },
          { type: 'dense', units: 2, activation: 'softmax' },
        ],
      },
    });
    expect(e.model.inputs).toEqual([1, 2, 3]);
  });

  it('refuses a shape whose pixels are not the columns, saying how many each has', () => {
    expect(() => csvToInlineData(readCsv(text), 0, 'classification', [1, 2, 2])).toThrow(
      'an image of 1 × 2 × 2 holds 4 pixels, but the file has 6 columns besides the label',
    );
  });

  it('guesses a square of one channel, or of three, from the number of columns', () => {
    expect(guessImage(784)).toEqual([1, 28, 28]);
    expect(guessImage(3 * 32 * 32)).toEqual([3, 32, 32]);
    expect(guessImage(10)).toBeNull();
  });
});

// Metric histories as RFC 4180 CSV: CRLF after every record, fields with commas, quotes or
// line breaks quoted (their quotes doubled), and empty cells where a value does not apply.
import { describe, expect, it } from 'vitest';
import { epochsCsv, runsCsv, stepsCsv, toCsv } from '../../../src/ui/files/csv';

describe('CSV', () => {
  it('quotes only the fields that need it', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines', 1.5, null, -2]])).toBe(
      'a,"b,c","say ""hi""","two\nlines",1.5,,-2\r\n',
    );
  });

  it('writes one row per epoch, empty where there is no validation or no accuracy', () => {
    const csv = epochsCsv([
      { epoch: 1, loss: 0.75, accuracy: null, valLoss: null, valAccuracy: null },
      { epoch: 2, loss: 0.5, accuracy: 0.8, valLoss: 0.625, valAccuracy: 0.75 },
    ]);
    expect(csv).toBe(
      'epoch,loss,accuracy,valLoss,valAccuracy\r\n1,0.75,,,\r\n2,0.5,0.8,0.625,0.75\r\n',
    );
  });

  it('writes the step losses, and every run by epoch under its label', () => {
    expect(
      stepsCsv([
        [1, 2.5],
        [2, Infinity],
      ]),
    ).toBe('step,loss\r\n1,2.5\r\n2,Infinity\r\n');
    const epoch = { epoch: 1, loss: 1, accuracy: 0.5, valLoss: 2, valAccuracy: 0.25 };
    expect(
      runsCsv([
        { label: 'adam, lr 0.1', epochs: [epoch] },
        { label: 'sgd', epochs: [] },
      ]),
    ).toBe('run,epoch,loss,accuracy,valLoss,valAccuracy\r\n"adam, lr 0.1",1,1,0.5,2,0.25\r\n');
  });
});

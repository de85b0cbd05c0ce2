// A user's own CSV as the experiment's inline data: numeric feature columns and one label
// column of their choosing. Files come from anywhere, so every problem is reported with
// its line and column, and nothing is half-read.
import { LIMITS } from './limits';
import { shapeText, sizeOf, type ImageShape } from './layers/shape';
import type { InlineDataSpec, Task } from './types';

export interface CsvTable {
  /** Column names from a header line, or "column 1", "column 2", … when there is none. */
  columns: string[];
  /** Cells as text, one array per data line. */
  rows: string[][];
  /** Each row's line number in the file (blank lines are skipped, not renumbered). */
  lineNumbers: number[];
}

export class CsvError extends Error {}

/** The largest file read: 100,000 samples of a few dozen columns fit well within it. */
export const CSV_BYTES_LIMIT = 20_000_000;

/**
 * Splits CSV text into cells: comma, semicolon or tab separated (whichever the first line
 * uses most), with double-quoted cells. A first line whose cells are not all numbers is a
 * header.
 */
export function readCsv(text: string): CsvTable {
  if (text.length > CSV_BYTES_LIMIT) {
    throw new CsvError(
      `the file is too large (${text.length} characters; the limit is ${CSV_BYTES_LIMIT})`,
    );
  }
  const numbered = text
    .split(/\r\n|\n|\r/)
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim() !== '');
  const lines = numbered.map(({ line }) => line);
  if (lines.length === 0) throw new CsvError('the file is empty');
  const separator = [',', ';', '\t'].reduce((best, s) =>
    count(lines[0], s) > count(lines[0], best) ? s : best,
  );
  const cells = numbered.map(({ line, number }) => splitLine(line, separator, number));
  const header = cells[0].some((c) => c.trim() !== '' && !isNumber(c));
  const width = cells[0].length;
  const rows = header ? cells.slice(1) : cells;
  const lineNumbers = (header ? numbered.slice(1) : numbered).map(({ number }) => number);
  if (rows.length === 0) throw new CsvError('the file has a header but no data lines');
  if (rows.length > LIMITS.samples) {
    throw new CsvError(`the file has ${rows.length} data lines; the limit is ${LIMITS.samples}`);
  }
  rows.forEach((row, i) => {
    if (row.length !== width) {
      throw new CsvError(
        `line ${lineNumbers[i]} has ${row.length} cells, but the first line has ${width}`,
      );
    }
  });
  const columns = header
    ? cells[0].map((c, j) => c.trim() || `column ${j + 1}`)
    : cells[0].map((_, j) => `column ${j + 1}`);
  return { columns, rows, lineNumbers };
}

/**
 * Inline data from a table: every column but `label` is a numeric feature; the label column
 * holds class names or indices (classification, numbered in order of first appearance for
 * names) or numbers (regression). With `image`, the features are the pixels of one image
 * per row, in channel, row, column order.
 */
export function csvToInlineData(
  table: CsvTable,
  label: number,
  task: Task,
  image?: ImageShape,
): InlineDataSpec {
  const data = tableData(table, label, task);
  if (image === undefined) return data;
  const pixels = sizeOf(image);
  const features = table.columns.length - 1;
  if (pixels !== features) {
    throw new CsvError(
      `an image of ${shapeText(image)} holds ${pixels} pixels, but the file has ${features} columns besides the label`,
    );
  }
  // Pixels come in any units (0–255, 0–1): the training part's range of each channel onto
  // [0, 1] (minmax works per channel on images, engine/data/normalize.ts).
  return { ...data, shape: [...image], normalize: 'minmax' };
}

/** A shape the columns could be: one channel, square, if their count is a square. */
export function guessImage(features: number): ImageShape | null {
  const side = Math.round(Math.sqrt(features));
  if (side * side === features) return [1, side, side];
  const rgb = Math.round(Math.sqrt(features / 3));
  if (3 * rgb * rgb === features) return [3, rgb, rgb];
  return null;
}

function tableData(table: CsvTable, label: number, task: Task): InlineDataSpec {
  const { columns, rows } = table;
  if (columns.length < 2)
    throw new CsvError('the file needs at least two columns: features and a label');
  const x = rows.map((row, i) =>
    row.flatMap((cell, j) => {
      if (j === label) return [];
      const v = Number(cell);
      if (cell.trim() === '' || !Number.isFinite(v)) {
        throw new CsvError(
          `line ${table.lineNumbers[i]}, column "${columns[j]}": "${cell}" is not a number`,
        );
      }
      return [v];
    }),
  );
  const labels = rows.map((row) => row[label].trim());
  if (task === 'regression') {
    const y = labels.map((cell, i) => {
      const v = Number(cell);
      if (cell === '' || !Number.isFinite(v)) {
        throw new CsvError(
          `line ${table.lineNumbers[i]}, column "${columns[label]}": "${cell}" is not a number`,
        );
      }
      return v;
    });
    // A user's columns come in any units: standardised by default (changeable on the page).
    return { kind: 'inline', task, x, y, normalize: 'standardize' };
  }
  // Class indices 0, 1, 2… stay as they are; anything else is a name, numbered in order of appearance.
  const indices = labels.every((l) => /^\d+$/.test(l));
  const classNames = indices ? [] : [...new Set(labels)];
  const y = labels.map((l) => (indices ? Number(l) : classNames.indexOf(l)));
  if (new Set(y).size < 2)
    throw new CsvError(`the label column "${columns[label]}" holds only one class`);
  if (!indices && classNames.length > LIMITS.classes) {
    throw new CsvError(
      `the label column "${columns[label]}" has ${classNames.length} different values; the limit is ${LIMITS.classes} classes`,
    );
  }
  const data: InlineDataSpec = { kind: 'inline', task, x, y, normalize: 'standardize' };
  if (!indices) data.classNames = classNames;
  return data;
}

function count(line: string, separator: string): number {
  return line.split(separator).length - 1;
}

function isNumber(cell: string): boolean {
  return cell.trim() !== '' && Number.isFinite(Number(cell));
}

/** One line's cells; a quoted cell may hold the separator and doubled quotes. */
function splitLine(line: string, separator: string, lineNumber: number): string[] {
  const cells: string[] = [];
  let cell = '',
    quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"'; // a doubled quote inside quotes is one quote
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  if (quoted) throw new CsvError(`line ${lineNumber} has a quote that is never closed`);
  cells.push(cell);
  return cells;
}

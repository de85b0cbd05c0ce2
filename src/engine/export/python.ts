// Writing Python literals from the engine's numbers, for the exported PyTorch script.
//
// Float32 values are printed with the fewest significant digits that read back to the very
// same float32 along the path the script takes: Python parses the text to the nearest
// double, then torch.tensor(…, dtype=torch.float32) rounds that double to the nearest
// float32. Math.fround(Number(text)) is that same path, so the check below is exact.
// The lists are also valid JSON (no trailing commas, no comments inside), so tests can read
// them back.

/** The shortest decimal text that Python and torch read back as the float32 `x`. */
export function float32Literal(x: number): string {
  if (Object.is(x, -0)) return '-0.0';
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  if (!Number.isFinite(x)) throw new Error(`cannot write ${x} into the script`);
  for (let digits = 1; digits < 9; digits++) {
    const text = x.toPrecision(digits);
    if (Math.fround(Number(text)) === x) return tidy(text);
  }
  return tidy(x.toPrecision(9)); // 9 significant digits always identify a float32
}

/** A double as a Python float literal (hyperparameters): `0.01`, `1e-08`, `1.0`. */
export function floatLiteral(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`cannot write ${x} into the script`);
  const text = String(x); // the shortest text that reads back to the same double
  return /[.e]/.test(text) ? text : `${text}.0`;
}

export function boolLiteral(b: boolean): string {
  return b ? 'True' : 'False';
}

/**
 * A value as JSON on one comment line, safe for any text in it (an experiment comes from
 * links and files): JSON escapes every control character, so nothing in it can end the
 * comment; the two Unicode line separators, which JSON leaves as they are and some editors
 * show as line breaks, are escaped too.
 */
export function jsonComment(label: string, value: unknown): string {
  const json = JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `# ${label}: ${json}`;
}

/** One row of float32 values: `[0.5, -1.25]`. */
export function float32Row(values: ArrayLike<number>): string {
  const parts: string[] = [];
  for (let i = 0; i < values.length; i++) parts.push(float32Literal(values[i]));
  return `[${parts.join(', ')}]`;
}

/**
 * `rows` rows of `cols` float32 values taken row-major from `data`, one row per line:
 * `[\n    [0.5, -1.25],\n    …\n]`, indented by `indent`.
 */
export function float32Rows(
  data: ArrayLike<number>,
  rows: number,
  cols: number,
  indent = '',
): string {
  if (rows === 0) return '[]';
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < cols; c++) row.push(data[r * cols + c]);
    lines.push(`${indent}    ${float32Row(row)}`);
  }
  return `[\n${lines.join(',\n')}\n${indent}]`;
}

/** Nested lists of float32 values (a convolution's [F][C][kh][kw]), one filter per line. */
export function float32Nested(filters: readonly Nested[], indent = ''): string {
  if (filters.length === 0) return '[]';
  const inline = (v: Nested): string =>
    typeof v[0] === 'number'
      ? float32Row(v as number[])
      : `[${(v as Nested[]).map(inline).join(', ')}]`;
  return `[\n${filters.map((f) => `${indent}    ${inline(f)}`).join(',\n')}\n${indent}]`;
}
type Nested = readonly number[] | readonly Nested[];

/** Integers (class labels), wrapped to lines of about `width` characters. */
export function intList(values: ArrayLike<number>, indent = '', width = 96): string {
  if (values.length === 0) return '[]';
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const item = `${values[i]},`;
    if (line.length > 0 && indent.length + 4 + line.length + 1 + item.length > width) {
      lines.push(line);
      line = '';
    }
    line += (line.length > 0 ? ' ' : '') + item;
  }
  lines.push(line);
  const body = lines.map((l) => `${indent}    ${l}`).join('\n');
  return `[\n${body.slice(0, -1)}\n${indent}]`; // no trailing comma: JSON reads it too
}

/** `text` as `#` comment lines wrapped at `width` characters. */
export function comment(text: string, width = 92): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '#';
    for (const word of paragraph.split(' ').filter((w) => w.length > 0)) {
      if (line.length > 1 && line.length + 1 + word.length > width) {
        lines.push(line);
        line = '#';
      }
      line += ` ${word}`;
    }
    lines.push(line);
  }
  return lines;
}

/** Drops toPrecision's trailing zeros (`1.500` → `1.5`, `2.0e-7` → `2e-7`). */
function tidy(text: string): string {
  const [mantissa, exponent] = text.split('e');
  const m = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  return exponent === undefined ? m : `${m}e${exponent}`;
}

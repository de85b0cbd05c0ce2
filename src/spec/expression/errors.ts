// The one error a formula can raise. The message is a full sentence for the page; the column
// (1-based, in the text as typed) lets the editor put the caret where the problem is. It
// counts UTF-16 code units, as a text input's selectionStart does.

export class ExpressionError extends Error {
  readonly column: number;

  constructor(message: string, column: number) {
    super(message);
    this.name = 'ExpressionError';
    this.column = column;
  }
}

// The one error the spec layer throws. Its message starts with the field's path in the
// document ("model.layers[1].units must be a positive integer"), so the CLI can print it as
// `error: <message>` and the page can show it beside the field named by `path`.

export class SpecError extends Error {
  /** Where in the document: "data.samples", "model.layers[2].init.std", "" for the whole. */
  readonly path: string;

  constructor(path: string, message: string) {
    super(message);
    this.name = 'SpecError';
    this.path = path;
  }
}

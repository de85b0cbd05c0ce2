// A translated sentence with parts that are markup, not text: "moving the weights by {a}"
// with <i>a</i> in place of {a}. The text between the parts can be wrapped too (in bold,
// say), so a translation may put the parts wherever its word order needs them.
import { Fragment, type ReactNode } from 'react';

export function fill(
  template: string,
  parts: Record<string, ReactNode>,
  text: (piece: string) => ReactNode = (piece) => piece,
): ReactNode {
  const pieces = template.split(/\{(\w+)\}/);
  // split() with a group alternates: text, name, text, name, …, text.
  return pieces.map((piece, i) => (
    <Fragment key={i}>
      {i % 2 === 1 ? (piece in parts ? parts[piece] : `{${piece}}`) : piece && text(piece)}
    </Fragment>
  ));
}

/**
 * A message (the worker's or validation's words) inside the page's translated frame, the
 * frame's own words in bold: "Training paused: the loss diverged. {message} Try …".
 */
export function Framed({ frame, message }: { frame: string; message: string }) {
  return fill(frame, { message }, (text) => <strong>{text}</strong>);
}

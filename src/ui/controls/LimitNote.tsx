// What a field's limit is, once the field goes past it (a search's 65th value, a compare's
// ninth): a live region that is always there, since one added with its words already in it
// is not read out, so the words are said as they appear. The field names it in its
// aria-describedby.

export function LimitNote({ id, text }: { id: string; text: string | null }) {
  return (
    <div id={id} aria-live="polite">
      {text !== null && <p className="d-note d-warning">{text}</p>}
    </div>
  );
}

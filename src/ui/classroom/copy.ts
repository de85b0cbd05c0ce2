// Copying a link: the clipboard when the browser allows it, else false (the caller then
// shows the link selected in a read-only field, for Ctrl+C).
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard === undefined) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no permission, or the page lost the focus
  }
}

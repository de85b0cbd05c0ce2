// Text that carries its own translations (a lesson's), in the page's language or English.
export function localText(text: Record<string, string>, language: string): string {
  return text[language] ?? text.en;
}

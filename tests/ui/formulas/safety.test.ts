// The formulas' markup goes into the page as KaTeX returns it (Tex.tsx). Only our templates
// and numbers reach KaTeX, but the one rendering function must not turn TeX into live markup
// even if text from a shared link ever did: links, classes, raw HTML and images are refused,
// and text is escaped.
import { describe, expect, it } from 'vitest';
import { renderTex } from '../../../src/ui/formulas/tex';

describe('renderTex', () => {
  it('gives no link, class, data attribute or image for the commands that would make them', () => {
    for (const tex of [
      String.raw`\href{javascript:alert(1)}{x}`,
      String.raw`\url{javascript:alert(1)}`,
      String.raw`\htmlClass{x}{y}`,
      String.raw`\htmlData{onclick=alert(1)}{y}`,
      String.raw`\includegraphics{https://example.com/x.png}`,
    ]) {
      // Untrusted, KaTeX writes the command as text (or refuses it): never the markup.
      let html: string;
      try {
        html = renderTex(tex);
      } catch {
        continue;
      }
      expect(html, tex).not.toMatch(/<a\b|href="|<img|data-onclick=|class="[^"]*\by\b/i);
    }
  });

  it('escapes text, so a tag in it stays text', () => {
    const html = renderTex(String.raw`\text{<img src=x onerror=alert(1)>}`);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img');
  });

  it('stops a definition that would expand without end', () => {
    expect(() => renderTex(String.raw`\def\a{\a\a}\a`)).toThrow();
  });
});

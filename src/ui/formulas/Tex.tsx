// One piece of mathematics in the page. KaTeX's stylesheet is imported here, beside the only
// component that renders KaTeX, so Vite bundles it with its fonts (woff2 files next to the
// app's own): the formulas work offline from a static host, with no CDN.
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';
import { renderTex } from './tex';

export function Tex({ tex }: { tex: string }) {
  // Rendering is a few hundred microseconds a formula; a panel re-renders on every edit.
  const html = useMemo(() => renderTex(tex), [tex]);
  // KaTeX's markup for TeX built from our own templates and the document's numbers (tex.ts),
  // rendered with trust off and strict: no link, class, image or raw HTML can come out of it
  // (tests/ui/formulas/safety.test.ts), so it goes into the page as it is.
  return <span className="d-tex" dangerouslySetInnerHTML={{ __html: html }} />;
}

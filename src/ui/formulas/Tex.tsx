// One piece of mathematics in the page. KaTeX's stylesheet is imported here, beside the only
// component that renders KaTeX, so Vite bundles it with its fonts (woff2 files next to the
// app's own): the formulas work offline from a static host, with no CDN.
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';
import { renderTex } from './tex';

export function Tex({ tex }: { tex: string }) {
  // Rendering is a few hundred microseconds a formula; a panel re-renders on every edit.
  const html = useMemo(() => renderTex(tex), [tex]);
  // Trusted markup: KaTeX's output for TeX built from our own templates and numbers (tex.ts).
  return <span className="d-tex" dangerouslySetInnerHTML={{ __html: html }} />;
}

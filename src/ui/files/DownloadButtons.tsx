// The small buttons beside a chart: its picture as PNG, its numbers as CSV. Each names what
// it saves for a screen reader and as a tooltip; the visible text stays short.
import { reportDownloadFailure } from '../../store/files';
import { useT } from '../i18n/useT';
import { download, downloadText } from './download';
import { canvasPng, chartPng, type LegendEntry } from './png';

interface PngProps {
  /** The chart's element (a canvas and its legend inside it), or a canvas. */
  target: () => HTMLElement | null;
  /** The chart's name: the button's, and the title written above the picture. */
  title: string;
  fileName: string;
  /** Series named outside the chart (drawn below it). */
  legend?: LegendEntry[];
}

export function PngButton({ target, title, fileName, legend }: PngProps) {
  const t = useT();
  const save = async () => {
    try {
      const element = target();
      if (element === null) throw new Error('the chart has not been drawn yet');
      const png =
        element instanceof HTMLCanvasElement
          ? await canvasPng(element)
          : await chartPng(element, title, legend);
      download(png, fileName);
    } catch (e) {
      reportDownloadFailure((e as Error).message);
    }
  };
  const name = t('export.png', { chart: title });
  return (
    <button type="button" className="d-download" aria-label={name} title={name} onClick={save}>
      PNG
    </button>
  );
}

interface CsvProps {
  /** What the table holds, for the button's name. */
  what: string;
  fileName: string;
  /** The CSV text, made when the button is pressed. */
  csv: () => string;
}

export function CsvButton({ what, fileName, csv }: CsvProps) {
  const t = useT();
  const name = t('export.csv', { what });
  return (
    <button
      type="button"
      className="d-download"
      aria-label={name}
      title={name}
      onClick={() => downloadText(csv(), fileName, 'text/csv')}
    >
      CSV
    </button>
  );
}

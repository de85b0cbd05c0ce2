// Bring your own data: a CSV file of numeric columns and a label column you choose, the
// columns read as the pixels of an image when you give its shape. The file is read and
// checked in the browser (nothing is uploaded); problems name the line.
import { useId, useMemo, useState } from 'react';
import {
  CSV_BYTES_LIMIT,
  CsvError,
  csvToInlineData,
  guessImage,
  readCsv,
  type CsvTable,
} from '../../spec/csv';
import type { ImageShape } from '../../spec/layers';
import { NumberField } from '../controls/NumberField';
import type { Task } from '../../spec/types';
import { editExperiment } from '../../store/actions';
import type { MessageKey } from '../i18n/dictionaries/en';
import type { Vars } from '../i18n/translate';
import { useT } from '../i18n/useT';

/** From this many columns up, a square count is taken for an image at first (8 × 8 and up). */
const IMAGE_COLUMNS = 64;

/** A problem with the file, worded when shown (so it follows a change of language). */
interface Problem {
  key: MessageKey;
  vars: Vars;
}

export function CsvLoader() {
  const t = useT();
  const fileId = useId(),
    labelId = useId(),
    taskId = useId();
  const [table, setTable] = useState<CsvTable | null>(null);
  const [name, setName] = useState('');
  const [label, setLabel] = useState(0);
  const [task, setTask] = useState<Task>('classification');
  const [error, setError] = useState<Problem | null>(null);
  /** The columns as an image of this shape, or null: each row a sample of plain numbers. */
  const [image, setImage] = useState<ImageShape | null>(null);
  const [shape, setShape] = useState<ImageShape>([1, 1, 1]);

  const choose = async (file: File | undefined) => {
    if (file === undefined) return;
    setError(null);
    setTable(null);
    if (file.size > CSV_BYTES_LIMIT) {
      setError({
        key: 'csv.tooLarge',
        vars: { file: file.name, size: file.size, limit: CSV_BYTES_LIMIT },
      });
      return;
    }
    try {
      const read = readCsv(await file.text());
      const last = read.columns.length - 1;
      setTable(read);
      setName(file.name);
      setLabel(last);
      // Few distinct label values read as classes; many numbers read as a quantity to predict.
      const distinct = new Set(read.rows.map((r) => r[last].trim()));
      const numeric = [...distinct].every((v) => Number.isFinite(Number(v)));
      setTask(numeric && distinct.size > 20 ? 'regression' : 'classification');
      // Many columns that make a square (784 = 28 × 28) are most likely an image's pixels.
      const guess = guessImage(last);
      setShape(guess ?? [1, 1, last]);
      setImage(guess !== null && last >= IMAGE_COLUMNS ? guess : null);
    } catch (e) {
      setError(
        e instanceof CsvError
          ? { key: 'csv.error', vars: { file: file.name, message: e.message } }
          : { key: 'csv.unreadable', vars: { file: file.name } },
      );
    }
  };

  // The data as the label column and task chosen make it, or what is wrong with them (a
  // label column of numbers read as classes, a non-number among the inputs): said while the
  // choice is made, not after "Use this data".
  const converted = useMemo(() => {
    if (table === null) return null;
    try {
      return { data: csvToInlineData(table, label, task, image ?? undefined), problem: null };
    } catch (e) {
      return { data: null, problem: (e as Error).message };
    }
  }, [table, label, task, image]);

  const use = () => {
    if (converted?.data == null) return;
    const data = converted.data;
    editExperiment(
      (e) => {
        e.data = data;
      },
      { fitToData: true },
    );
    setTable(null);
  };

  return (
    <div className="d-csv">
      <label className="d-field" htmlFor={fileId}>
        <span>{t('csv.file')}</span>
        <input
          id={fileId}
          type="file"
          accept=".csv,.tsv,.txt,text/csv"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </label>
      {error && (
        <p role="alert" className="d-alert d-alert-danger">
          {t(error.key, error.vars)}
        </p>
      )}
      {table && (
        <>
          <p className="d-note">
            {t('csv.table', {
              file: name,
              rows: t.plural('common.rows', table.rows.length),
              columns: t.plural('common.columns', table.columns.length),
            })}
          </p>
          <label className="d-field" htmlFor={labelId}>
            <span>{t('csv.labelColumn')}</span>
            <select id={labelId} value={label} onChange={(e) => setLabel(Number(e.target.value))}>
              {table.columns.map((c, j) => (
                <option key={j} value={j}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label className="d-field" htmlFor={taskId}>
            <span>{t('csv.task')}</span>
            <select id={taskId} value={task} onChange={(e) => setTask(e.target.value as Task)}>
              <option value="classification">{t('csv.classification')}</option>
              <option value="regression">{t('csv.regression')}</option>
            </select>
          </label>
          <ImageShapeFields
            image={image}
            shape={shape}
            onChange={(next, on) => {
              setShape(next);
              setImage(on ? next : null);
            }}
          />
          {converted?.problem != null && (
            <p role="alert" className="d-alert d-alert-danger">
              {t('csv.error', { file: name, message: converted.problem })}
            </p>
          )}
          <button type="button" onClick={use} disabled={converted?.data == null}>
            {t('csv.use')}
          </button>
        </>
      )}
    </div>
  );
}

interface ShapeProps {
  image: ImageShape | null;
  shape: ImageShape;
  onChange: (shape: ImageShape, asImage: boolean) => void;
}

/** "Columns are the pixels of an image": on or off, and its channels, height and width. */
function ImageShapeFields({ image, shape, onChange }: ShapeProps) {
  const t = useT();
  const checkId = useId();
  const sides = ['channels', 'height', 'width'] as const;
  return (
    <fieldset className="d-csv-image">
      <legend className="d-sr-only">{t('csv.imageShape')}</legend>
      <label className="d-check" htmlFor={checkId}>
        <input
          id={checkId}
          type="checkbox"
          checked={image !== null}
          onChange={(e) => onChange(shape, e.target.checked)}
        />
        <span>{t('csv.asImage')}</span>
      </label>
      {image !== null &&
        sides.map((side, k) => (
          <NumberField
            key={side}
            label={t(`csv.image.${side}`)}
            value={shape[k]}
            step={1}
            min={1}
            onCommit={(typed) => {
              // Committed on Enter or on leaving the field: "28" is never read as "2", then "28".
              const v = Math.max(1, Math.floor(typed));
              const at = (j: number) => (j === k ? v : shape[j]);
              onChange([at(0), at(1), at(2)], true);
            }}
          />
        ))}
    </fieldset>
  );
}

// The playground's File menu: save the experiment, save the trained model (the experiment
// with the network's current weights), open either again. A disclosure: Escape or a click
// elsewhere closes it, and so does choosing an entry.
import { useEffect, useRef } from 'react';
import {
  EXPERIMENT_FILE,
  experimentText,
  MODEL_FILE,
  openExperimentFile,
  PYTORCH_FILE,
  pyTorchScript,
  reportDownloadFailure,
  trainedModelText,
} from '../../store/files';
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';
import { downloadText } from './download';

const JSON_TYPE = 'application/json';

export function FileMenu() {
  const t = useT();
  const menu = useRef<HTMLDetailsElement>(null);
  // A run exists once it has loaded; a diverged run's weights are no longer numbers, but its
  // script still runs (and diverges the same way in PyTorch).
  const status = useStore((s) => s.run.status);
  const hasRun = status !== 'loading' && status !== 'idle';
  const hasWeights = hasRun && status !== 'diverged' && status !== 'failed';

  useEffect(() => {
    const outside = (e: PointerEvent) => {
      if (menu.current?.open && !menu.current.contains(e.target as Node)) menu.current.open = false;
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, []);

  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  const exportPyTorch = async () => {
    close();
    try {
      const script = await pyTorchScript();
      if (script !== null) downloadText(script, PYTORCH_FILE, 'text/x-python');
    } catch (e) {
      reportDownloadFailure((e as Error).message);
    }
  };
  const saveModel = async () => {
    close();
    try {
      const model = await trainedModelText();
      if (model !== null) downloadText(model, MODEL_FILE, JSON_TYPE);
    } catch (e) {
      reportDownloadFailure((e as Error).message);
    }
  };

  return (
    <details
      ref={menu}
      className="d-file-menu"
      onToggle={(e) => {
        // Opened near the window's right edge (where the header puts it), it opens leftwards.
        const list = e.currentTarget.querySelector<HTMLElement>('.d-menu');
        if (!e.currentTarget.open || list === null) return;
        list.classList.remove('d-menu-end');
        if (list.getBoundingClientRect().right > document.documentElement.clientWidth)
          list.classList.add('d-menu-end');
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !menu.current?.open) return;
        close();
        menu.current.querySelector('summary')?.focus();
      }}
    >
      <summary>{t('file.menu')}</summary>
      <div className="d-menu" role="group" aria-label={t('file.menu')}>
        <button
          type="button"
          onClick={() => {
            close();
            downloadText(experimentText(), EXPERIMENT_FILE, JSON_TYPE);
          }}
        >
          {t('file.saveExperiment')}
        </button>
        <button type="button" onClick={() => void saveModel()} disabled={!hasWeights}>
          {t('file.saveModel')}
        </button>
        <button type="button" onClick={() => void exportPyTorch()} disabled={!hasRun}>
          {t('file.exportPyTorch')}
        </button>
        <label className="d-file-open">
          <input
            type="file"
            accept=".json,application/json"
            className="d-sr-only"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // the same file again is a new choice
              close();
              if (file !== undefined) void openExperimentFile(file);
            }}
          />
          {t('file.open')}
        </label>
        <p className="d-note">{t('file.modelNote')}</p>
      </div>
    </details>
  );
}

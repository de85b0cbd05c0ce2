// The colour names data set's own picture (it has three inputs, so no decision boundary):
// a colour to classify live, and the training colours as swatches. Nothing for other data.
import { useState } from 'react';
import { useStore } from '../../store/store';
import { ColorClassifier } from './ColorClassifier';
import { ColorSwatches } from './ColorSwatches';
import type { Rgb } from './rgb';
import './colors.css';

/** The colour the study decks walk through the network by hand. */
const FIRST: Rgb = [233, 63, 127];

export function ColorPanel() {
  const colours = useStore((s) => s.experiment.data.kind === 'colors');
  const summary = useStore((s) => s.data);
  const [rgb, setRgb] = useState<Rgb>(FIRST);
  if (!colours || summary === null || summary.features !== 3) return null;
  return (
    <div className="d-colors">
      <ColorClassifier rgb={rgb} setRgb={setRgb} />
      <ColorSwatches pick={setRgb} />
    </div>
  );
}

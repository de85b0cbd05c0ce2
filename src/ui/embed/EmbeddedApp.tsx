// The page inside a course page's frame (an embed link, store/embed.ts): one view, with its
// controls and notices, and no tabs, language menu or sharing; the teacher's hidden controls
// stay hidden. "Open in Descent" opens the same experiment in the whole app, in a new tab.
import { useStore } from '../../store/store';
import { ClassroomNote } from '../classroom/ClassroomControls';
import { Notices } from '../controls/Notices';
import { useT } from '../i18n/useT';
import { VIEW_LABELS } from '../viewLabels';
import { VIEW_PARTS } from '../views';
import { OpenInDescent } from './OpenInDescent';

export function EmbeddedApp() {
  const t = useT();
  const view = useStore((s) => s.view);
  const { Component, Controls } = VIEW_PARTS[view];
  const label = VIEW_LABELS[view];
  return (
    <div className="d-app d-embedded">
      <header className="d-header">
        <OpenInDescent />
        {Controls && <Controls />}
      </header>
      <Notices />
      <ClassroomNote />
      <div id="d-view" role="region" aria-label={t(label)}>
        <Component />
      </div>
    </div>
  );
}

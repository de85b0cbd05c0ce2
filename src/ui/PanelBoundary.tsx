// A panel that fails to render shows why, instead of taking the whole page down with it
// (React unmounts everything above an uncaught render error): the rest keeps working.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { MessageKey } from './i18n/dictionaries/en';
import { useT } from './i18n/useT';

interface Props {
  /** The panel's name in the message, as a key ('panel.data'). */
  name: MessageKey;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.name} panel failed:`, error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <PanelFailure
        name={this.props.name}
        error={this.state.error}
        retry={() => this.setState({ error: null })}
      />
    );
  }
}

/** The message in place of the panel (a function component: it needs the translator hook). */
function PanelFailure({
  name,
  error,
  retry,
}: {
  name: MessageKey;
  error: Error;
  retry: () => void;
}) {
  const t = useT();
  return (
    <div role="alert" className="d-alert d-alert-danger">
      {t('panel.failed', { panel: t(name), message: error.message })}{' '}
      <button type="button" className="d-link" onClick={retry}>
        {t('panel.retry')}
      </button>
    </div>
  );
}

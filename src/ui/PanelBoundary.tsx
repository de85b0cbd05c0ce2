// A panel that fails to render shows why, instead of taking the whole page down with it
// (React unmounts everything above an uncaught render error): the rest keeps working.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  name: string;
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
      <div role="alert" className="d-alert d-alert-danger">
        The {this.props.name} panel could not be drawn ({this.state.error.message}).{' '}
        <button type="button" className="d-link" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}

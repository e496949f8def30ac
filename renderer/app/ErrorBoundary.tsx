import { Component, type ErrorInfo, type ReactNode } from 'react';
import { describeError } from './errors';

interface State {
  error: unknown;
}

/** The last line of defence: a rendering bug shows a calm page with a way out, not a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('MedClip Studio hit an unexpected error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <main className="fatal" role="alert">
        <h1>Something went wrong</h1>
        <p className="fatal__message">{describeError(this.state.error)}</p>
        <p className="muted">
          Your edits are saved as you make them. Reloading the window reopens the studio.
        </p>
        <div className="fatal__actions">
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => window.location.reload()}
          >
            Reload
          </button>
          <button type="button" className="btn" onClick={() => this.setState({ error: null })}>
            Try to continue
          </button>
        </div>
      </main>
    );
  }
}

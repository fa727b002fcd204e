import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';

interface State {
  error: Error | null;
}

/** One boundary per app: a rendering bug shows a message instead of an empty frame. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The app failed to render', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error) {
      return (
        <ErrorMessage
          title="This app could not be shown"
          error={{ code: 'UNAVAILABLE', message: error.message }}
          onRetry={() => this.setState({ error: null })}
        />
      );
    }
    return this.props.children;
  }
}

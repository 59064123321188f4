import { Component, type ErrorInfo, type ReactNode } from 'react';
import { logs } from '@/lib/logs';
import { ErrorFallback } from './error-fallback';

type Props = { children: ReactNode };
type State = { failed: boolean };

/** Last line of defence for errors outside the router (providers, auth bootstrap). */
export class AppErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    logs.unexpectedError(`app ${info.componentStack ?? ''}`, error);
  }

  override render() {
    if (this.state.failed) {
      return (
        <main id="main-content" className="container my-4">
          <ErrorFallback />
        </main>
      );
    }
    return this.props.children;
  }
}

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Failure } from './Failure';

interface PanelBoundaryProps {
  /** What the panel is, for "The citation panel stopped working: …". */
  what: string;
  children: ReactNode;
}

interface PanelBoundaryState {
  error: Error | null;
}

/**
 * Keeps a failure inside one panel: the panel says what failed and offers to try again, and the
 * rest of the page (the article) stays readable.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  override state: PanelBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): PanelBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.what} failed:`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Failure
        onRetry={() => {
          this.setState({ error: null });
        }}
      >
        {this.props.what} stopped working: {error.message}
      </Failure>
    );
  }
}

import { Component, type ComponentChildren } from 'preact';

interface Props {
  children: ComponentChildren;
}

/** Shows a plain sentence instead of a blank page when rendering fails. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;

    return (
      <p role="alert" class="problem">
        Something went wrong in Twostep. Your accounts are safe; close this
        window and open it again.
      </p>
    );
  }
}

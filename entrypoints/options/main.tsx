import { render } from 'preact';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { Options } from '../../src/ui/options/Options';
import '../../src/ui/theme.css';
import '../../src/ui/options/options.css';

render(
  <ErrorBoundary>
    <Options />
  </ErrorBoundary>,
  document.getElementById('app')!,
);

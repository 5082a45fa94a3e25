import { render } from 'preact';
import { followThemeSetting } from '../../src/ui/apply-theme';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { Popup } from '../../src/ui/popup/Popup';
import '../../src/ui/theme.css';
import '../../src/ui/popup/popup.css';
import { exposeTestApi } from '../../src/testing/e2e-test-api';

if (import.meta.env.MODE === 'e2e') exposeTestApi();
followThemeSetting();

render(
  <ErrorBoundary>
    <Popup />
  </ErrorBoundary>,
  document.getElementById('app')!,
);

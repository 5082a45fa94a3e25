import { readSettings, watchSettings, type Theme } from '../consent';

/**
 * Shows the page in the chosen theme at once. With `system` the attribute
 * goes, and the stylesheet follows prefers-color-scheme again.
 */
export function applyTheme(theme: Theme, root = document.documentElement) {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Follows the theme chosen in the options, now and whenever it changes. */
export function followThemeSetting(): void {
  const apply = () =>
    readSettings().then(
      (settings) => applyTheme(settings.theme),
      // Unreadable settings leave the system theme, which is the default.
      () => undefined,
    );
  void apply();
  watchSettings(apply);
}

import type { Theme } from '../../consent';

/**
 * Shows the page in the chosen theme at once. With `system` the attribute
 * goes, and the stylesheet follows prefers-color-scheme again.
 */
export function applyTheme(theme: Theme, root = document.documentElement) {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

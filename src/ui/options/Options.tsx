import { useEffect } from 'preact/hooks';
import { applyTheme } from '../apply-theme';
import { OrganisationNotice } from './OrganisationNotice';
import { PrivacySection } from './PrivacySection';
import { SettingsSection } from './SettingsSection';
import { useOptions } from './use-options';

/** The options page: privacy choices, settings, and the policy in force. */
export function Options() {
  const { state, loadError } = useOptions();
  const theme = state?.settings.theme.value;

  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);

  return (
    <main class="options">
      <h1>Twostep options</h1>
      {loadError && (
        <p role="alert" class="problem">
          {loadError}
        </p>
      )}
      {!state && !loadError && <p>Loading…</p>}
      {state && (
        <>
          <OrganisationNotice policy={state.policy} />
          <PrivacySection consent={state.consent} waiting={state.waiting} />
          <SettingsSection settings={state.settings} />
        </>
      )}
    </main>
  );
}

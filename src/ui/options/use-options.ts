import { useEffect, useState } from 'preact/hooks';
import {
  combineConsent,
  combineSettings,
  readConsent,
  readPolicy,
  readSettings,
  readWaitingEvents,
  watchConsent,
  watchPolicy,
  watchSettings,
  watchWaitingEvents,
  type EffectiveConsent,
  type EffectiveSettings,
  type Policy,
  type WaitingEvent,
} from '../../consent';

/** Everything the options page shows, as it applies right now. */
export interface OptionsState {
  consent: EffectiveConsent;
  settings: EffectiveSettings;
  policy: Policy;
  waiting: WaitingEvent[];
}

async function loadOptions(): Promise<OptionsState> {
  const [choices, settings, policy, waiting] = await Promise.all([
    readConsent(),
    readSettings(),
    readPolicy(),
    readWaitingEvents(),
  ]);

  return {
    consent: combineConsent(choices, policy),
    settings: combineSettings(settings, policy),
    policy,
    waiting,
  };
}

/**
 * The options page's state, reloaded whenever a choice, a setting, the
 * policy or the waiting events change, on this page or any other.
 */
export function useOptions(): {
  state: OptionsState | undefined;
  loadError: string | undefined;
} {
  const [state, setState] = useState<OptionsState>();
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    const load = () =>
      loadOptions().then(setState, () =>
        setLoadError(
          'Twostep could not read its settings. Close this page and open ' +
            'it again; if it keeps failing, restart the browser.',
        ),
      );
    void load();
    const stops = [
      watchConsent(load),
      watchSettings(load),
      watchPolicy(load),
      watchWaitingEvents(load),
    ];

    return () => stops.forEach((stop) => stop());
  }, []);

  return { state, loadError };
}

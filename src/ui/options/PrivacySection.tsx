import {
  dropDisallowedEvents,
  OPTIONAL_CATEGORIES,
  saveConsent,
  type EffectiveConsent,
  type OptionalCategory,
  type WaitingEvent,
} from '../../consent';
import { CATEGORY_TEXT } from './categories';
import { CollectorField } from './CollectorField';
import { ConsentChoice } from './ConsentChoice';
import { Notice } from './Notice';
import { useSave } from './use-save';
import { WaitingEvents } from './WaitingEvents';

interface Props {
  consent: EffectiveConsent;
  waiting: WaitingEvent[];
}

/** What Twostep may record and where it may send it. */
export function PrivacySection({ consent, waiting }: Props) {
  const { notice, save } = useSave();

  const onToggle = (category: OptionalCategory, isOn: boolean) =>
    save(async () => {
      await saveConsent({ [category]: isOn });
      // Saying no also deletes what was recorded while the answer was yes.
      if (!isOn) await dropDisallowedEvents();
    });

  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Privacy</h2>
      <p>Twostep records nothing optional until you allow it here.</p>
      <ConsentChoice
        id="required"
        {...CATEGORY_TEXT.required}
        choice={consent.required}
      />
      {OPTIONAL_CATEGORIES.map((category) => (
        <ConsentChoice
          key={category}
          id={category}
          {...CATEGORY_TEXT[category]}
          choice={consent[category]}
          onChange={(isOn) => onToggle(category, isOn)}
        />
      ))}
      <Notice notice={notice} />
      <CollectorField collector={consent.collectorUrl} />
      <WaitingEvents waiting={waiting} />
    </section>
  );
}

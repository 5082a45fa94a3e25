import {
  clearWaitingEvents,
  describeEvent,
  type WaitingEvent,
} from '../../consent';
import { Notice } from './Notice';
import { useSave } from './use-save';

const HOUR_FORMAT: Intl.DateTimeFormatOptions = {
  dateStyle: 'medium',
  timeStyle: 'short',
};

/** The events waiting on this device, and a way to delete them. */
export function WaitingEvents({ waiting }: { waiting: WaitingEvent[] }) {
  const { notice, save } = useSave();

  const onClear = () =>
    save(clearWaitingEvents, 'The waiting events are deleted.');

  return (
    <div class="waiting">
      <h3 id="waiting-heading">Waiting events</h3>
      <p class="hint">
        Recorded on this device only for what you allow, and sent only to the
        collector address. Times are kept to the hour and stay here.
      </p>
      {waiting.length === 0 ? (
        <p>No events are waiting.</p>
      ) : (
        <ul class="events" aria-labelledby="waiting-heading">
          {waiting.map((entry) => (
            <li key={entry.id}>
              <code>{describeEvent(entry.event)}</code>{' '}
              <time dateTime={new Date(entry.hour).toISOString()}>
                {new Date(entry.hour).toLocaleString(undefined, HOUR_FORMAT)}
              </time>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClear} disabled={waiting.length === 0}>
        Clear waiting events
      </button>
      <Notice notice={notice} />
    </div>
  );
}

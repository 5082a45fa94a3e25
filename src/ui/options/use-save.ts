import { useState } from 'preact/hooks';
import {
  CollectorUrlError,
  PolicyLockError,
  SettingsError,
} from '../../consent';
import type { NoticeText } from './Notice';

/** The sentence shown after every saved privacy choice or setting. */
export const SAVED =
  'Saved. This applies in every browser where you use Twostep.';

/** A plain sentence for a failed save; storage errors are not shown raw. */
export function explainSaveProblem(error: unknown): string {
  const isExplained =
    error instanceof CollectorUrlError ||
    error instanceof PolicyLockError ||
    error instanceof SettingsError;
  if (isExplained) return error.message;

  return 'Twostep could not save that, so nothing changed. Try again.';
}

/** Runs a save and keeps the sentence that tells how it went. */
export function useSave() {
  const [notice, setNotice] = useState<NoticeText>();

  const save = async (action: () => Promise<unknown>, done = SAVED) => {
    try {
      await action();
      setNotice({ text: done, isProblem: false });
    } catch (error) {
      setNotice({ text: explainSaveProblem(error), isProblem: true });
    }
  };

  return { notice, save };
}

import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The text of a field the person is editing, reset to the stored value
 * only when that value changes, so typing is never overwritten by a late
 * effect or by an unrelated reload.
 */
export function useDraft(stored: string) {
  const [text, setText] = useState(stored);
  const synced = useRef(stored);

  useEffect(() => {
    if (synced.current === stored) return;

    synced.current = stored;
    setText(stored);
  }, [stored]);

  return [text, setText] as const;
}

import { useEffect, useState } from 'preact/hooks';

/** The current time in milliseconds, updated at every whole second. */
export function useNow(): number {
  const [now, setNow] = useState(Date.now);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setNow(Date.now());
      timer = setTimeout(tick, 1000 - (Date.now() % 1000));
    };
    timer = setTimeout(tick, 1000 - (Date.now() % 1000));

    return () => clearTimeout(timer);
  }, []);

  return now;
}

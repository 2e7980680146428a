import { useEffect, useState } from 'react';

/** `value` once it has stopped changing for `delayMs`, so that a search is not sent per keystroke. */
export function useDebouncedText(value: string, delayMs = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

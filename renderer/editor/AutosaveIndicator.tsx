import { useEffect, useState, type ReactElement } from 'react';
import type { SaveState } from './document-store';

/** How long "Saved" shows after Save (Cmd/Ctrl+S) flushed the pending changes. */
export const SAVED_FLASH_MS = 2000;

export function saveStateText(save: SaveState): string {
  switch (save.status) {
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'All changes saved';
    case 'error':
      return `Not saved: ${save.reason}`;
  }
}

/**
 * The project saves itself after every change; this says where that stands. `flushCount`
 * goes up each time Save finished flushing: "Saved" then shows briefly, so pressing Save
 * gets an answer even though there was nothing left to write.
 */
export function AutosaveIndicator({
  save,
  flushCount = 0,
}: {
  save: SaveState;
  flushCount?: number;
}): ReactElement {
  const [flashing, setFlashing] = useState(false);
  useEffect(() => {
    if (flushCount === 0) return;
    setFlashing(true);
    const timer = setTimeout(() => setFlashing(false), SAVED_FLASH_MS);
    return () => clearTimeout(timer);
  }, [flushCount]);
  const flushed = flashing && save.status === 'saved';
  const text = flushed ? 'Saved' : saveStateText(save);
  return (
    <span
      className="autosave"
      data-state={flushed ? 'flushed' : save.status}
      role="status"
      aria-live="polite"
      title={text}
    >
      <span className="autosave__dot" aria-hidden="true" />
      <span>{text}</span>
    </span>
  );
}

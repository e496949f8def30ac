import type { ReactElement } from 'react';
import type { SaveState } from './document-store';

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

export function AutosaveIndicator({ save }: { save: SaveState }): ReactElement {
  const text = saveStateText(save);
  return (
    <span
      className="autosave"
      data-state={save.status}
      role="status"
      aria-live="polite"
      title={text}
    >
      <span className="autosave__dot" aria-hidden="true" />
      <span>{text}</span>
    </span>
  );
}

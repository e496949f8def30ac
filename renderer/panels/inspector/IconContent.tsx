import { useRef, useState, type ReactElement } from 'react';
import type { IconOverlay } from '../../../shared/model';
import { useApi } from '../../api';
import { ColorField, NumberField, TextField } from './fields';
import { useOverlayPatcher } from './useOverlayPatcher';
import { parseIconId } from './overlay-labels';

/**
 * An anatomy icon: its healthicons id, colours and size. A new id is looked up first, so a
 * typo is refused here rather than becoming a missing picture on the canvas.
 */
export function IconContent({
  overlay,
  disabled,
}: {
  overlay: IconOverlay;
  disabled: boolean;
}): ReactElement {
  const api = useApi();
  const patch = useOverlayPatcher(overlay);
  const [lookup, setLookup] = useState<{ id: string; message: string | null } | null>(null);
  const latestLookup = useRef(0);

  const changeIcon = (iconId: string): string | null => {
    const ticket = ++latestLookup.current;
    setLookup({ id: iconId, message: null });
    api.call('assets.icon', { id: iconId }).then(
      () => {
        if (ticket !== latestLookup.current) return;
        setLookup(null);
        const refusal = patch({ iconId }, 'own', 'Change icon');
        if (refusal !== null) setLookup({ id: iconId, message: refusal });
      },
      () => {
        if (ticket !== latestLookup.current) return;
        setLookup({ id: iconId, message: `There is no icon “${iconId}” in healthicons.` });
      },
    );
    return null;
  };

  return (
    <>
      <TextField
        label="Icon"
        value={overlay.iconId}
        validate={parseIconId}
        disabled={disabled}
        testId="overlay-icon-id"
        hint={
          lookup === null ? undefined : lookup.message === null ? (
            `Looking up ${lookup.id}…`
          ) : (
            <span className="insp-field__error" role="status">
              {lookup.message}
            </span>
          )
        }
        onCommit={changeIcon}
      />
      <ColorField
        label="Fill"
        value={overlay.fill}
        disabled={disabled}
        onCommit={(fill, step) => patch({ fill }, step)}
      />
      <ColorField
        label="Outline"
        value={overlay.outline}
        disabled={disabled}
        onCommit={(outline, step) => patch({ outline }, step)}
      />
      <NumberField
        label="Size"
        value={overlay.sizePx}
        rules={{ integer: true, min: 8, max: 2000, unit: 'px' }}
        disabled={disabled}
        onCommit={(sizePx, step) => patch({ sizePx }, step)}
      />
    </>
  );
}

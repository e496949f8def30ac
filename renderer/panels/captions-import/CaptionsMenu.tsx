import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import './captions-import.css';

/** The top bar's "Captions" menu: import and export subtitle files. */
export function CaptionsMenu({
  onImport,
  onExport,
  readOnly,
}: {
  onImport: () => void;
  onExport: () => void;
  readOnly: boolean;
}): ReactElement {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointer);
    return () => window.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const choose = (run: () => void) => {
    setOpen(false);
    run();
  };

  return (
    <div
      className="captions-menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        className="btn btn--ghost"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        Captions
      </button>
      {open ? (
        <div className="captions-menu__list" role="menu" id={menuId}>
          <button
            type="button"
            role="menuitem"
            disabled={readOnly}
            onClick={() => choose(onImport)}
          >
            Import captions…
          </button>
          <button type="button" role="menuitem" onClick={() => choose(onExport)}>
            Export captions…
          </button>
        </div>
      ) : null}
    </div>
  );
}

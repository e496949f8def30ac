import type { ReactElement } from 'react';
import { Icon } from '../app/ui/icons';
import { Tooltip } from '../app/ui/Tooltip';
import { AutosaveIndicator } from './AutosaveIndicator';
import type { EditorSnapshot } from './document-store';

function shortcutText(isMac: boolean, action: 'undo' | 'redo'): string {
  if (action === 'undo') return isMac ? '⌘Z' : 'Ctrl+Z';
  return isMac ? '⇧⌘Z' : 'Ctrl+Shift+Z';
}

export function TopBar({
  snapshot,
  isMac,
  onUndo,
  onRedo,
  onClose,
  onDiagnostics,
  onExport,
}: {
  snapshot: EditorSnapshot;
  isMac: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onClose: () => void;
  onDiagnostics: () => void;
  /** Opens the export dialog; no Export button without it. */
  onExport?: () => void;
}): ReactElement {
  const { history, document, readOnly } = snapshot;
  const undoLabel = history.undoLabel;
  const redoLabel = history.redoLabel;
  const undoTip = undoLabel ? `Undo ${undoLabel}` : 'Nothing to undo';
  const redoTip = redoLabel ? `Redo ${redoLabel}` : 'Nothing to redo';
  return (
    <header className="topbar">
      <span className="topbar__mark" aria-hidden="true">
        <span />
      </span>
      <div className="topbar__title">
        <span className="topbar__name" data-testid="project-name">
          {document.name}
        </span>
        <span className="topbar__path" title={snapshot.path}>
          {snapshot.path}
        </span>
      </div>
      {readOnly ? <span className="badge badge--warning">Read-only</span> : null}
      <span className="topbar__divider" aria-hidden="true" />
      <div className="topbar__group">
        <Tooltip label={`${undoTip}  ·  ${shortcutText(isMac, 'undo')}`}>
          {(describedBy) => (
            <button
              type="button"
              className="btn btn--ghost btn--icon"
              aria-label={undoTip}
              aria-describedby={describedBy}
              disabled={!history.canUndo || readOnly}
              onClick={onUndo}
            >
              <Icon name="undo" />
            </button>
          )}
        </Tooltip>
        <Tooltip label={`${redoTip}  ·  ${shortcutText(isMac, 'redo')}`}>
          {(describedBy) => (
            <button
              type="button"
              className="btn btn--ghost btn--icon"
              aria-label={redoTip}
              aria-describedby={describedBy}
              disabled={!history.canRedo || readOnly}
              onClick={onRedo}
            >
              <Icon name="redo" />
            </button>
          )}
        </Tooltip>
      </div>
      <span className="topbar__spacer" />
      <AutosaveIndicator save={snapshot.save} />
      <span className="topbar__divider" aria-hidden="true" />
      <button type="button" className="btn btn--ghost" onClick={onDiagnostics}>
        Diagnostics
      </button>
      <button type="button" className="btn btn--ghost" onClick={onClose}>
        Close project
      </button>
      {onExport ? (
        <button type="button" className="btn btn--primary" onClick={onExport}>
          <Icon name="export" />
          Export
        </button>
      ) : null}
    </header>
  );
}

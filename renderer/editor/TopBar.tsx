import type { ReactElement, ReactNode } from 'react';
import { Icon } from '../app/ui/icons';
import { Tooltip } from '../app/ui/Tooltip';
import { AutosaveIndicator } from './AutosaveIndicator';
import type { EditorSnapshot } from './document-store';
import { shortcutLabel } from './shortcuts';
import './topbar.css';

const withKeys = (text: string, keys: string | null) => (keys ? `${text}  ·  ${keys}` : text);

export function TopBar({
  snapshot,
  isMac,
  onUndo,
  onRedo,
  onClose,
  onDiagnostics,
  onExport,
  tools,
  historyOpen = false,
  onHistory,
  onShortcuts,
  flushCount = 0,
}: {
  snapshot: EditorSnapshot;
  isMac: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onClose: () => void;
  onDiagnostics: () => void;
  /** Extra top bar controls (the Captions menu), before Diagnostics. */
  tools?: ReactNode;
  /** Opens the export dialog; no Export button without it. */
  onExport?: () => void;
  historyOpen?: boolean;
  /** Shows or hides the history panel; no History button without it. */
  onHistory?: () => void;
  /** Opens the keyboard shortcuts sheet; no button without it. */
  onShortcuts?: () => void;
  /** Goes up each time Save flushed (see AutosaveIndicator). */
  flushCount?: number;
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
        <Tooltip label={withKeys(undoTip, shortcutLabel('edit.undo', isMac))}>
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
        <Tooltip label={withKeys(redoTip, shortcutLabel('edit.redo', isMac))}>
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
        {onHistory ? (
          <Tooltip label={withKeys('Undo history', shortcutLabel('view.history', isMac))}>
            {(describedBy) => (
              <button
                type="button"
                className="btn btn--ghost topbar__toggle"
                aria-pressed={historyOpen}
                aria-describedby={describedBy}
                onClick={onHistory}
              >
                History
              </button>
            )}
          </Tooltip>
        ) : null}
      </div>
      <span className="topbar__spacer" />
      <AutosaveIndicator save={snapshot.save} flushCount={flushCount} />
      <span className="topbar__divider" aria-hidden="true" />
      {onShortcuts ? (
        <Tooltip label={withKeys('Keyboard shortcuts', shortcutLabel('help.shortcuts', isMac))}>
          {(describedBy) => (
            <button
              type="button"
              className="btn btn--ghost btn--icon topbar__help"
              aria-label="Keyboard shortcuts"
              aria-describedby={describedBy}
              onClick={onShortcuts}
            >
              ?
            </button>
          )}
        </Tooltip>
      ) : null}
      {tools}
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

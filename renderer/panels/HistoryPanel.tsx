import { useEffect, useRef, type ReactElement } from 'react';
import type { History } from '../../shared/commands';
import { Icon } from '../app/ui/icons';
import { historyRows, stepsTo } from './history-steps';
import './history-panel.css';

/** What the panel needs from the document store. */
export interface HistoryNavigator {
  undo(): boolean;
  redo(): boolean;
}

/**
 * Goes from the current position to `target` through ordinary undos and redos (each one is
 * sent to the engine like a press of Undo); stops early if one is refused.
 */
export function goToHistoryPosition(
  history: Pick<History, 'undoStack' | 'redoStack'>,
  target: number,
  store: HistoryNavigator,
): void {
  const { undo, redo } = stepsTo(history, target);
  for (let index = 0; index < undo; index += 1) if (!store.undo()) return;
  for (let index = 0; index < redo; index += 1) if (!store.redo()) return;
}

/**
 * The named steps of this session's undo history, the current one highlighted: steps after it
 * are undone (dimmed) and can be redone. Clicking a row undoes or redoes to just after it.
 */
export function HistoryPanel({
  history,
  store,
  readOnly,
  onClose,
}: {
  history: History;
  store: HistoryNavigator;
  readOnly: boolean;
  onClose: () => void;
}): ReactElement {
  const rows = historyRows(history);
  const listRef = useRef<HTMLOListElement>(null);
  const current = history.undoStack.length;

  useEffect(() => {
    listRef.current?.querySelector('[aria-current="step"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [current, rows.length]);

  return (
    <aside className="history-panel" aria-label="History" data-testid="history-panel">
      <header className="history-panel__header">
        <h2>History</h2>
        <span className="history-panel__count">
          {history.undoStack.length} done
          {history.redoStack.length > 0 ? ` · ${history.redoStack.length} undone` : ''}
        </span>
        <button
          type="button"
          className="btn btn--ghost btn--icon"
          aria-label="Close history"
          onClick={onClose}
        >
          <Icon name="close" />
        </button>
      </header>
      <ol className="history-panel__list" ref={listRef}>
        {rows.map((row) => (
          <li key={row.position}>
            <button
              type="button"
              className="history-panel__row"
              data-state={row.state}
              data-testid="history-step"
              aria-current={row.state === 'current' ? 'step' : undefined}
              disabled={readOnly || row.state === 'current'}
              title={
                row.state === 'undone'
                  ? `Redo up to “${row.label}”`
                  : row.state === 'done'
                    ? `Undo back to just after “${row.label}”`
                    : 'Where the project is now'
              }
              onClick={() => goToHistoryPosition(history, row.position, store)}
            >
              <span className="history-panel__index" aria-hidden="true">
                {row.position === 0 ? '' : row.position}
              </span>
              <span className="history-panel__label">{row.label}</span>
            </button>
          </li>
        ))}
      </ol>
      {rows.length === 1 ? (
        <p className="history-panel__empty">Edits you make appear here, newest at the bottom.</p>
      ) : null}
    </aside>
  );
}

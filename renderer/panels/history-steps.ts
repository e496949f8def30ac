import type { History } from '../../shared/commands';

/**
 * The rows of the history panel: the project as opened, every done step (oldest first), then
 * every undone step (the next redo first). `position` counts steps from the opened project,
 * so the current row is the one at `history.undoStack.length`.
 */
export interface HistoryRow {
  position: number;
  label: string;
  state: 'done' | 'current' | 'undone';
}

export const OPENED_LABEL = 'Opened project';

export function historyRows(history: Pick<History, 'undoStack' | 'redoStack'>): HistoryRow[] {
  const current = history.undoStack.length;
  const labels = [
    OPENED_LABEL,
    ...history.undoStack.map((step) => step.label),
    ...[...history.redoStack].reverse().map((step) => step.label),
  ];
  return labels.map((label, position) => ({
    position,
    label,
    state: position < current ? 'done' : position === current ? 'current' : 'undone',
  }));
}

/** How to get from the current position to `target`: a number of undos or redos. */
export function stepsTo(
  history: Pick<History, 'undoStack' | 'redoStack'>,
  target: number,
): { undo: number; redo: number } {
  const current = history.undoStack.length;
  const last = current + history.redoStack.length;
  if (!Number.isInteger(target) || target < 0 || target > last) {
    throw new RangeError(`history position ${target} is outside 0..${last}`);
  }
  return target < current
    ? { undo: current - target, redo: 0 }
    : { undo: 0, redo: target - current };
}

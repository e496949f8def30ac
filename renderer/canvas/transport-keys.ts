import { isTypingTarget, type KeyLike } from '../editor/shortcuts';
import type { PreviewClock } from './preview-clock';

/** Playback keys: Space plays or pauses, Left/Right step a frame, Home/End jump to the ends. */
export type TransportKeyAction = 'toggle' | 'back' | 'forward' | 'start' | 'end';

export function matchTransportKey(event: KeyLike): TransportKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case ' ':
    case 'Spacebar':
      return event.shiftKey ? null : 'toggle';
    case 'ArrowLeft':
      return 'back';
    case 'ArrowRight':
      return 'forward';
    case 'Home':
      return 'start';
    case 'End':
      return 'end';
    default:
      return null;
  }
}

/**
 * Where the transport leaves a key alone: typing in a field, inside a dialog or menu, and Space
 * on a button or link (which Space presses; on the play button that already toggles playback).
 */
export function ignoresTransportKeys(target: EventTarget | null, action: TransportKeyAction) {
  if (isTypingTarget(target)) return true;
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as Element;
  if (element.closest('[role="dialog"], [role="menu"], [role="listbox"], dialog')) return true;
  return action === 'toggle' && element.closest('button, a[href], summary, select') !== null;
}

export function runTransportAction(clock: PreviewClock, action: TransportKeyAction): void {
  switch (action) {
    case 'toggle':
      clock.toggle();
      return;
    case 'back':
      clock.stepFrames(-1);
      return;
    case 'forward':
      clock.stepFrames(1);
      return;
    case 'start':
      clock.toStart();
      return;
    case 'end':
      clock.toEnd();
      return;
  }
}

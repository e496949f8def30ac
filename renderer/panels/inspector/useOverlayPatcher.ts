import { invocation } from '../../../shared/commands';
import type { Overlay } from '../../../shared/model';
import { useInspectorEdits, type StepMode } from './useInspectorEdits';

/** Commits a patch of overlay fields (`null` removes an optional one) through overlay.update. */
export type OverlayPatcher = (
  fields: Record<string, unknown>,
  step: StepMode,
  label?: string,
) => string | null;

export function useOverlayPatcher(overlay: Overlay): OverlayPatcher {
  const edits = useInspectorEdits();
  return (fields, step, label) =>
    edits.commit(invocation('overlay.update', { id: overlay.id, patch: fields }), {
      step,
      ...(label === undefined ? {} : { label }),
    });
}

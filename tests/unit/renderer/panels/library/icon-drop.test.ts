import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../../shared/commands';
import {
  addIconPlan,
  framePointAt,
  ICON_DRAG_TYPE,
  iconDragData,
  isIconDrag,
} from '../../../../../renderer/panels/library/icon-drop';
import { emptyDocument } from '../../support/documents';

describe('framePointAt', () => {
  const format = { width: 1080, height: 1920 };
  const frame = { x: 20, y: 10, scale: 0.25 };

  it('turns a point in the stage box into fractions of the frame', () => {
    expect(framePointAt(20, 10, frame, format)).toEqual({ x: 0, y: 0 });
    expect(framePointAt(20 + 135, 10 + 240, frame, format)).toEqual({ x: 0.5, y: 0.5 });
  });

  it('is undefined outside the frame or before the frame is laid out', () => {
    expect(framePointAt(10, 100, frame, format)).toBeUndefined();
    expect(framePointAt(100, 10 + 481, frame, format)).toBeUndefined();
    expect(framePointAt(100, 100, { ...frame, scale: 0 }, format)).toBeUndefined();
  });
});

describe('addIconPlan', () => {
  it('adds the icon at the playhead, centred on the dropped point, applying cleanly', () => {
    const doc = emptyDocument();
    const plan = addIconPlan(doc, 'outline/body/lungs', 1500, { x: 0.2, y: 0.7 }, 'ovl_drop');
    const after = applyCommand(doc, plan.invocation).doc;
    expect(plan.id).toBe('ovl_drop');
    expect(after.tracks.overlays[0]).toMatchObject({
      id: 'ovl_drop',
      kind: 'icon',
      iconId: 'outline/body/lungs',
      start: 1500,
      end: 4500,
      transform: [{ x: 0.2, y: 0.7 }],
    });
  });
});

describe('icon drag data', () => {
  function transfer(data: Record<string, string>): DataTransfer {
    return {
      types: Object.keys(data),
      getData: (type: string) => data[type] ?? '',
    } as unknown as DataTransfer;
  }

  it('recognises a library icon drag and reads its id', () => {
    expect(isIconDrag(transfer({ [ICON_DRAG_TYPE]: 'body/lungs' }))).toBe(true);
    expect(isIconDrag(transfer({ 'text/plain': 'body/lungs' }))).toBe(false);
    expect(isIconDrag(null)).toBe(false);
    expect(iconDragData(transfer({ [ICON_DRAG_TYPE]: 'body/lungs' }))).toBe('body/lungs');
    expect(iconDragData(transfer({ 'text/plain': 'x' }))).toBeUndefined();
  });
});

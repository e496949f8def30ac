import { describe, expect, it } from 'vitest';
import { iconOverlaySchema, overlaySchema } from '../../../../shared/model';
import { newIconOverlay, NEW_ICON_DURATION_MS } from '../../../../shared/overlays/icon-overlay';
import { applyAll, emptyDoc, textOverlay } from '../fixtures';
import { invocation } from '../../../../shared/commands';

describe('newIconOverlay', () => {
  it('makes a valid 3 s icon in the brand kit colours, a third of the way down', () => {
    const doc = emptyDoc();
    const overlay = newIconOverlay(doc, { id: 'ovl_a', iconId: 'body/lungs', start: 1200 });
    expect(overlaySchema.safeParse(overlay).success).toBe(true);
    expect(overlay).toMatchObject({
      kind: 'icon',
      iconId: 'body/lungs',
      start: 1200,
      end: 1200 + NEW_ICON_DURATION_MS,
      fill: doc.brandKit.colors.text,
      outline: doc.brandKit.colors.primary,
      sizePx: 240,
    });
    expect(overlay.transform).toEqual([
      { t: 0, x: 0.5, y: 0.3, scale: 1, rotation: 0, opacity: 1, easing: 'linear' },
    ]);
  });

  it('ends with a longer timeline instead of stretching it', () => {
    const doc = applyAll(emptyDoc(), [
      invocation('overlay.add', { overlay: textOverlay('ovl_t', 0, 10_000) }),
    ]);
    const overlay = newIconOverlay(doc, { id: 'ovl_b', iconId: 'body/lungs', start: 9000 });
    expect([overlay.start, overlay.end]).toEqual([7000, 10_000]);
  });

  it('takes an explicit span, place, size and colours as given', () => {
    const overlay = newIconOverlay(emptyDoc(), {
      id: 'ovl_c',
      iconId: 'outline/body/lungs',
      start: 100,
      end: 900,
      x: 0.25,
      y: 0.75,
      sizePx: 320,
      fill: '#FF0000',
      outline: '#00000000',
    });
    expect(iconOverlaySchema.parse(overlay)).toMatchObject({
      start: 100,
      end: 900,
      sizePx: 320,
      fill: '#FF0000',
      outline: '#00000000',
      transform: [{ x: 0.25, y: 0.75 }],
    });
  });
});

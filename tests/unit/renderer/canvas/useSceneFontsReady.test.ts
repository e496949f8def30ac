import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import { createDocument, NO_ANIMATION, staticTransform } from '../../../../shared/model';
import { documentFallbackFamilies } from '../../../../renderer/canvas/useSceneFontsReady';

const needsEmoji = (doc: Parameters<typeof documentFallbackFamilies>[0]) =>
  documentFallbackFamilies(doc).includes('Noto Color Emoji');

function withCue(text: string) {
  return applyCommand(
    createDocument({ id: 'prj_1', name: 'x' }),
    invocation('caption.add', { id: 'cue_1', start: 0, end: 1000, text, citationIds: [] }),
  ).doc;
}

describe('documentFallbackFamilies', () => {
  it('is true only when drawn text has an emoji', () => {
    expect(needsEmoji(undefined)).toBe(false);
    expect(needsEmoji(withCue('Take 20 mg — ٢٠ ملغ, שלום'))).toBe(false);
    expect(needsEmoji(withCue('Drink water 💧'))).toBe(true);
    expect(needsEmoji(withCue('Heart ❤️'))).toBe(true);
  });

  it('names the fallback families whose scripts the drawn text uses', () => {
    expect(documentFallbackFamilies(undefined)).toEqual([]);
    expect(documentFallbackFamilies(withCue('Take 20 mg — the knee joint'))).toEqual([]);
    expect(documentFallbackFamilies(withCue('Take 20 mg — ٢٠ ملغ, שלום'))).toEqual([
      'Noto Sans Arabic',
      'Noto Sans Hebrew',
    ]);
    expect(documentFallbackFamilies(withCue('घुटने का जोड़ 💧'))).toEqual([
      'Noto Sans Devanagari',
      'Noto Color Emoji',
    ]);
  });

  it('looks at overlay text too', () => {
    const doc = applyCommand(
      createDocument({ id: 'prj_1', name: 'x' }),
      invocation('overlay.add', {
        overlay: {
          id: 'ovl_1',
          kind: 'text',
          start: 0,
          end: 1000,
          transform: staticTransform(),
          enter: NO_ANIMATION,
          exit: NO_ANIMATION,
          text: 'Step 1 👍🏽',
          fontFamily: 'Inter',
          fontWeight: 700,
          fontSizePx: 48,
          fill: '#FFFFFF',
          align: 'center',
          maxWidthPx: 800,
        },
      }),
    ).doc;
    expect(needsEmoji(doc)).toBe(true);
  });
});

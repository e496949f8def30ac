import { describe, expect, it } from 'vitest';
import { applyCommand, CommandError, invocation } from '../../../../shared/commands';
import type { ProjectDocument } from '../../../../shared/model';
import { applyAll, expectInverseRestores, sampleDoc } from '../fixtures';

function docWithCues(): ProjectDocument {
  return applyAll(sampleDoc(), [
    invocation('caption.add', { id: 'cue_1', start: 0, end: 1500, text: 'Call 999' }),
    invocation('caption.add', { id: 'cue_2', start: 1500, end: 3000, text: 'Every minute counts' }),
  ]);
}

function refusal(
  doc: ProjectDocument,
  args: Parameters<typeof invocation>[1],
  name: Parameters<typeof invocation>[0],
) {
  try {
    applyCommand(doc, invocation(name, args as never));
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error('expected the command to refuse');
}

describe('captionStyle.applyPreset', () => {
  it('adds the preset as a new style and assigns it to every cue, undoably', () => {
    const doc = expectInverseRestores(
      docWithCues(),
      invocation('captionStyle.applyPreset', { presetId: 'bold-outline', cues: 'all' }),
    );
    const style = doc.captionStyles.at(-1);
    expect(style).toMatchObject({
      id: 'style-bold-outline',
      name: 'Bold outline',
      fontFamily: 'TikTok Sans',
      fontWeight: 800,
      uppercase: true,
      presetId: 'bold-outline',
    });
    expect(doc.tracks.captions.map((cue) => cue.styleId)).toEqual([
      'style-bold-outline',
      'style-bold-outline',
    ]);
  });

  it('assigns only the selected cues', () => {
    const doc = expectInverseRestores(
      docWithCues(),
      invocation('captionStyle.applyPreset', { presetId: 'pop', cues: ['cue_2'] }),
    );
    expect(doc.tracks.captions.map((cue) => cue.styleId)).toEqual(['style-clean', 'style-pop']);
  });

  it('replaces an existing style in place, restoring it exactly on undo', () => {
    const doc = expectInverseRestores(
      docWithCues(),
      invocation('captionStyle.applyPreset', { presetId: 'high-contrast', styleId: 'style-clean' }),
    );
    expect(doc.captionStyles[0]).toMatchObject({
      id: 'style-clean',
      name: 'High contrast',
      fontFamily: 'Atkinson Hyperlegible',
      box: { color: '#000000', opacity: 1, paddingPx: 20, radiusPx: 8 },
    });
    expect(doc.captionStyles.length).toBe(sampleDoc().captionStyles.length);
  });

  it('binds brand references to the project brand kit', () => {
    const base = applyAll(docWithCues(), [
      invocation('brand.update', { colors: { primary: '#AA2200' }, fontFamily: 'Inter' }),
    ]);
    const doc = applyCommand(
      base,
      invocation('captionStyle.applyPreset', { presetId: 'lower-third', name: 'Doctor' }),
    ).doc;
    const style = doc.captionStyles.find((each) => each.id === 'style-lower-third');
    expect(style?.name).toBe('Doctor');
    expect(style?.fontFamily).toBe('Inter');
    expect(style?.speakerLabel?.background).toBe('#AA2200');
    expect(style?.brand?.speakerBackground).toBe('primary');
  });

  it('names an unknown preset and an unknown cue', () => {
    const doc = docWithCues();
    expect(refusal(doc, { presetId: 'neon' }, 'captionStyle.applyPreset').message).toMatch(
      /no caption preset "neon"/,
    );
    const missing = refusal(doc, { presetId: 'pop', cues: ['cue_9'] }, 'captionStyle.applyPreset');
    expect(missing.code).toBe('precondition');
    expect(missing.message).toMatch(/caption "cue_9" does not exist/);
  });
});

describe('captionStyle.replace', () => {
  it('removes an unused style and puts it back at its index on undo', () => {
    const doc = expectInverseRestores(
      docWithCues(),
      invocation('captionStyle.replace', { styleId: 'style-highlight', style: null }),
    );
    expect(doc.captionStyles.map((style) => style.id)).not.toContain('style-highlight');
  });

  it('refuses to remove a style cues still use', () => {
    const error = refusal(
      docWithCues(),
      { styleId: 'style-clean', style: null },
      'captionStyle.replace',
    );
    expect(error.message).toMatch(/"style-clean" is still used by caption "cue_1"/);
  });
});

describe('captionStyle.update', () => {
  it('edits every kind of property, each undone exactly', () => {
    const edits: Parameters<typeof invocation<'captionStyle.update'>>[1][] = [
      { id: 'style-clean', fontFamily: 'Inter', fontWeight: 900 },
      { id: 'style-clean', fontSizePx: 80, lineHeight: 1.5, maxWidthPx: 700 },
      { id: 'style-clean', fill: '#FFEE00', highlight: '#00FFEE' },
      { id: 'style-clean', outline: { color: '#112233', widthPx: 3 } },
      { id: 'style-clean', shadow: { color: '#00000080', blurPx: 4, offsetXPx: 2, offsetYPx: 2 } },
      { id: 'style-clean', box: { color: '#000000', opacity: 0.5, paddingPx: 10, radiusPx: 30 } },
      { id: 'style-boxed', box: null },
      { id: 'style-clean', align: 'left', position: { x: 0.3, y: 0.5 }, mode: 'singleWord' },
      { id: 'style-clean', uppercase: true, pop: { fromScale: 0.5, durationMs: 200 } },
      {
        id: 'style-clean',
        speakerLabel: {
          fontSizePx: 30,
          fontWeight: 700,
          fill: '#FFFFFF',
          background: '#0B5FA5',
          paddingPx: 10,
          radiusPx: 6,
          gapPx: 6,
        },
      },
      { id: 'style-clean', name: 'My style' },
    ];
    for (const edit of edits) {
      const doc = expectInverseRestores(docWithCues(), invocation('captionStyle.update', edit));
      const style = doc.captionStyles.find((each) => each.id === edit.id);
      for (const [key, value] of Object.entries(edit)) {
        if (value === null) expect(style).not.toHaveProperty(key);
        else expect(style).toHaveProperty(key, value);
      }
    }
  });

  it('refuses fonts and weights that are not bundled, and out-of-range values', () => {
    const doc = docWithCues();
    expect(
      refusal(doc, { id: 'style-clean', fontFamily: 'Comic Sans' }, 'captionStyle.update').message,
    ).toMatch(
      /font "Comic Sans" is not bundled \(choose TikTok Sans, Inter, Atkinson Hyperlegible\)/,
    );
    expect(
      refusal(
        doc,
        { id: 'style-clean', fontFamily: 'Atkinson Hyperlegible', fontWeight: 900 },
        'captionStyle.update',
      ).message,
    ).toMatch(/Atkinson Hyperlegible is bundled at weights 400, 700, not 900/);
    const size = refusal(doc, { id: 'style-clean', fontSizePx: 2 }, 'captionStyle.update');
    expect(size.code).toBe('invalid-args');
    expect(size.message).toMatch(/fontSizePx/);
    expect(refusal(doc, { id: 'style-clean', fill: 'red' }, 'captionStyle.update').message).toMatch(
      /colours are #rrggbb/,
    );
  });

  it('unbinds a property set away from its brand colour, keeps it when unchanged', () => {
    const doc = applyAll(docWithCues(), [
      invocation('captionStyle.applyPreset', { presetId: 'clean-boxed', cues: 'all' }),
    ]);
    const style = doc.captionStyles.find((each) => each.id === 'style-clean-boxed')!;
    // Padding changes but the box colour is still the brand's: the binding stays.
    const padded = expectInverseRestores(
      doc,
      invocation('captionStyle.update', {
        id: style.id,
        box: { ...style.box!, paddingPx: 30 },
      }),
    );
    expect(padded.captionStyles.at(-1)?.brand?.boxColor).toBe('background');
    const recoloured = expectInverseRestores(
      doc,
      invocation('captionStyle.update', { id: style.id, box: { ...style.box!, color: '#334455' } }),
    );
    expect(recoloured.captionStyles.at(-1)?.brand).toEqual({ fill: 'text', highlight: 'accent' });
  });

  it('inverts only the properties it changed', () => {
    const first = applyCommand(
      docWithCues(),
      invocation('captionStyle.update', { id: 'style-clean', fontSizePx: 70 }),
    );
    expect(first.inverse).toEqual({
      name: 'captionStyle.update',
      args: { id: 'style-clean', fontSizePx: 64 },
    });
  });
});

describe('brand.update', () => {
  it('changes colours, font and logo, undone exactly', () => {
    const doc = expectInverseRestores(
      docWithCues(),
      invocation('brand.update', {
        colors: { primary: '#101010', accent: '#FF0000' },
        fontFamily: 'Atkinson Hyperlegible',
        logoMediaId: 'med_logo',
      }),
    );
    expect(doc.brandKit).toMatchObject({
      colors: { primary: '#101010', accent: '#FF0000', secondary: '#12A4A0' },
      fontFamily: 'Atkinson Hyperlegible',
      logoMediaId: 'med_logo',
    });
    const cleared = expectInverseRestores(doc, invocation('brand.update', { logoMediaId: null }));
    expect(cleared.brandKit).not.toHaveProperty('logoMediaId');
  });

  it('refuses a logo that is not an image and a font that is not bundled', () => {
    const doc = docWithCues();
    expect(refusal(doc, { logoMediaId: 'med_a' }, 'brand.update').message).toMatch(
      /media "med_a" is a video, not an image/,
    );
    expect(refusal(doc, { fontFamily: 'Papyrus' }, 'brand.update').message).toMatch(
      /font "Papyrus" is not bundled/,
    );
    expect(refusal(doc, { colors: { primary: 'blue' } }, 'brand.update').code).toBe('invalid-args');
  });
});

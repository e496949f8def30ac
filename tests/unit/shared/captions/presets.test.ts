import { describe, expect, it } from 'vitest';
import presetsJson from '../../../../resources/caption-presets.json' with { type: 'json' };
import {
  CaptionPresetError,
  captionPreset,
  captionStyleFromPreset,
  parseCaptionPresets,
  shippedCaptionPresets,
} from '../../../../shared/captions/presets';
import { applyBrandKit } from '../../../../shared/captions/brand-style';
import { defaultBrandKit } from '../../../../shared/model/brand';
import { captionStyleSchema } from '../../../../shared/model/captions';

const table = () => structuredClone(presetsJson) as { presets: Record<string, unknown>[] };

function withFirstStyle(patch: Record<string, unknown>): unknown {
  const raw = table();
  const first = raw.presets[0] as { style: Record<string, unknown> };
  first.style = { ...first.style, ...patch };
  return raw;
}

describe('shipped caption presets', () => {
  it('has the six kinds the issue asks for, and more', () => {
    const ids = shippedCaptionPresets().map((preset) => preset.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'clean-boxed',
        'bold-outline',
        'word-highlight',
        'high-contrast',
        'lower-third',
        'pop',
      ]),
    );
    expect(ids.length).toBeGreaterThanOrEqual(6);
    expect(captionPreset('bold-outline').style.fontFamily).toBe('TikTok Sans');
    expect(captionPreset('high-contrast').style.fontFamily).toBe('Atkinson Hyperlegible');
    expect(captionPreset('word-highlight').style.mode).toBe('wordHighlight');
    expect(captionPreset('pop').style.mode).toBe('singleWord');
    expect(captionPreset('lower-third').style.speakerLabel).toBeDefined();
  });

  it('makes a valid project style from every preset', () => {
    for (const preset of shippedCaptionPresets()) {
      const style = captionStyleFromPreset(preset, defaultBrandKit(), { id: `style-${preset.id}` });
      expect(captionStyleSchema.safeParse(style).success).toBe(true);
      expect(style.presetId).toBe(preset.id);
      expect(style.name).toBe(preset.name);
    }
  });

  it('names an unknown preset and lists the real ones', () => {
    expect(() => captionPreset('neon')).toThrow(CaptionPresetError);
    expect(() => captionPreset('neon')).toThrow(/no caption preset "neon" \(presets: clean-boxed,/);
  });
});

describe('parseCaptionPresets', () => {
  it('accepts the shipped file', () => {
    expect(parseCaptionPresets(presetsJson).presets.length).toBe(shippedCaptionPresets().length);
  });

  it('refuses a font that is not bundled, naming the path', () => {
    expect(() => parseCaptionPresets(withFirstStyle({ fontFamily: 'Comic Sans' }))).toThrow(
      /presets\.0\.style\.fontFamily: font "Comic Sans" is not bundled/,
    );
  });

  it('refuses a weight the bundled family does not ship', () => {
    expect(() =>
      parseCaptionPresets(withFirstStyle({ fontFamily: 'Atkinson Hyperlegible', fontWeight: 600 })),
    ).toThrow(/Atkinson Hyperlegible is bundled at weights 400, 700, not 600/);
  });

  it('refuses an unknown brand token and a bad colour', () => {
    expect(() => parseCaptionPresets(withFirstStyle({ fill: 'brand.pink' }))).toThrow(
      /presets\.0\.style\.fill: colours are #rrggbb, #rrggbbaa or one of brand\.primary/,
    );
    expect(() => parseCaptionPresets(withFirstStyle({ fill: 'white' }))).toThrow(/style\.fill/);
  });

  it('refuses unknown properties, out-of-range sizes and repeated ids', () => {
    expect(() => parseCaptionPresets(withFirstStyle({ glow: true }))).toThrow(/presets\.0\.style/);
    expect(() => parseCaptionPresets(withFirstStyle({ fontSizePx: 4 }))).toThrow(
      /presets\.0\.style\.fontSizePx/,
    );
    const raw = table();
    raw.presets.push(structuredClone(raw.presets[0]!));
    expect(() => parseCaptionPresets(raw)).toThrow(
      /presets\.7\.id: preset id "clean-boxed" repeats/,
    );
  });
});

describe('brand kit in presets', () => {
  const brand = {
    ...defaultBrandKit(),
    colors: { ...defaultBrandKit().colors, primary: '#AA0000', accent: '#00AA00' },
    fontFamily: 'Inter',
  };

  it('resolves brand references to the brand kit and records the bindings', () => {
    const style = captionStyleFromPreset(captionPreset('lower-third'), brand, { id: 's1' });
    expect(style.fontFamily).toBe('Inter');
    expect(style.speakerLabel?.background).toBe('#AA0000');
    expect(style.highlight).toBe('#00AA00');
    expect(style.brand).toEqual({
      fill: 'text',
      highlight: 'accent',
      boxColor: 'background',
      speakerFill: 'text',
      speakerBackground: 'primary',
      fontFamily: true,
    });
  });

  it('leaves a preset without brand references unbound', () => {
    const style = captionStyleFromPreset(captionPreset('high-contrast'), brand, { id: 's1' });
    expect(style.brand).toBeUndefined();
    expect(applyBrandKit(style, brand)).toBe(style);
  });

  it('restyles bound properties when the brand kit changes', () => {
    const style = captionStyleFromPreset(captionPreset('brand-bar'), brand, { id: 's1' });
    const rebranded = applyBrandKit(style, {
      ...brand,
      colors: { ...brand.colors, primary: '#123456' },
      fontFamily: 'Atkinson Hyperlegible',
    });
    expect(rebranded.box?.color).toBe('#123456');
    expect(rebranded.fontFamily).toBe('Atkinson Hyperlegible');
    // Unbound: stays as stored.
    expect(rebranded.fill).toBe('#FFFFFF');
  });
});

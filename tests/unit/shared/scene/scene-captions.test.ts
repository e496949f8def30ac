import { describe, expect, it } from 'vitest';
import { NodeKonva } from '../../../../main/engine/render/konva-node';
import { registerSceneFonts } from '../../../../main/engine/render/fonts-node';
import { applyCommand, invocation } from '../../../../shared/commands';
import type { ProjectDocument } from '../../../../shared/model';
import { buildOverlayLayer } from '../../../../shared/scene/konva-builder';
import { sceneCaptionsAt } from '../../../../shared/scene/scene-captions';
import { cue, withTracks } from './scene-fixtures';

registerSceneFonts();

function withPreset(doc: ProjectDocument, presetId: string): ProjectDocument {
  return applyCommand(doc, invocation('captionStyle.applyPreset', { presetId, cues: 'all' })).doc;
}

/** "to four sixsix" over 1200 ms from 1000 ms: shared by length, 100 ms a character. */
const untimed = () => withTracks({ captions: [cue('cue_1', 1000, 2200, 'to four sixsix')] });

describe('word highlight without word timings', () => {
  it('lights the words in turn, sharing the span by word length', () => {
    const doc = withPreset(untimed(), 'word-highlight');
    const at = (t: number) => sceneCaptionsAt(doc, t)[0]?.activeWordIndex;
    expect([at(1000), at(1199), at(1200), at(1599), at(1600), at(2199)]).toEqual([
      0, 0, 1, 1, 2, 2,
    ]);
  });

  it('shows one word at a time in single-word mode', () => {
    const doc = withPreset(untimed(), 'pop');
    const word = (t: number) => sceneCaptionsAt(doc, t)[0]?.text.lines[0]?.text;
    // The pop preset draws capitals.
    expect([word(1000), word(1300), word(1700)]).toEqual(['TO', 'FOUR', 'SIXSIX']);
  });

  it('stays unlit in block mode', () => {
    expect(sceneCaptionsAt(untimed(), 1500)[0]?.activeWordIndex).toBeNull();
  });
});

describe('pop', () => {
  it('grows each word in from the preset scale and settles at full size', () => {
    const doc = withPreset(untimed(), 'pop');
    const scale = (t: number) => sceneCaptionsAt(doc, t)[0]?.scale ?? 1;
    expect(scale(1000)).toBeCloseTo(0.7, 6);
    expect(scale(1100)).toBeGreaterThan(1); // overshoot
    expect(scale(1140)).toBe(1);
    // The next word ("four" at 1200 ms) pops again.
    expect(scale(1200)).toBeCloseTo(0.7, 6);
  });
});

describe('lower third', () => {
  const spoken = () =>
    withPreset(
      withTracks({
        captions: [
          cue('cue_1', 0, 2000, 'Blood pressure above 140/90', { speaker: 'Dr Amal Osei' }),
          cue('cue_2', 2000, 4000, 'raises stroke risk'),
        ],
      }),
      'lower-third',
    );

  it('puts the speaker tab above the caption box, on its left edge', () => {
    const caption = sceneCaptionsAt(spoken(), 500)[0]!;
    const speaker = caption.speaker!;
    expect(speaker.text.lines.map((line) => line.text)).toEqual(['Dr Amal Osei']);
    // Box padding 18, tab padding 12: the tab's left edge is the box's left edge.
    expect(speaker.x - speaker.paddingPx).toBeCloseTo(caption.text.ink.x - 18, 6);
    // The tab's bottom sits the 8 px gap above the box's top.
    const tabBottom = speaker.y + speaker.text.heightPx + speaker.paddingPx;
    expect(tabBottom).toBeCloseTo(caption.text.ink.y - 18 - 8, 6);
    expect(speaker.background).toBe('#0B5FA5');
  });

  it('shows no tab for a cue without a speaker', () => {
    expect(sceneCaptionsAt(spoken(), 2500)[0]?.speaker).toBeUndefined();
  });

  it('follows brand kit edits', () => {
    const doc = applyCommand(
      spoken(),
      invocation('brand.update', { colors: { primary: '#AA0000', background: '#222222' } }),
    ).doc;
    const caption = sceneCaptionsAt(doc, 500)[0]!;
    expect(caption.speaker?.background).toBe('#AA0000');
    expect(caption.box?.color).toBe('#222222');
  });

  it('draws the tab and its name with the same builder the export uses', () => {
    const scene = { captions: sceneCaptionsAt(spoken(), 500), overlays: [] };
    const layer = buildOverlayLayer(NodeKonva, scene, {
      mode: 'export',
      assets: { icon: () => undefined, image: () => undefined },
    });
    const texts = layer.find('Text').map((node) => node.getAttr('text') as string);
    expect(texts).toEqual(expect.arrayContaining(['Dr', 'Amal', 'Osei', 'Blood', '140/90']));
    const fills = layer.find('Rect').map((node) => node.getAttr('fill') as string);
    expect(fills).toEqual(['#0B5FA5', '#0F172A']);
  });
});

describe('uppercase', () => {
  it('lays out and measures the capitals', () => {
    const lower = sceneCaptionsAt(untimed(), 1500)[0]!;
    const upper = sceneCaptionsAt(withPreset(untimed(), 'bold-outline'), 1500)[0]!;
    expect(upper.text.lines.map((line) => line.text)).toEqual(['TO FOUR SIXSIX']);
    expect(upper.text.lines[0]!.widthPx).toBeGreaterThan(lower.text.lines[0]!.widthPx);
  });
});

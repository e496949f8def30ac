import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import {
  chipIdFor,
  chipReadingMs,
  planCitationChips,
} from '../../../../shared/commands/citation-chips';
import type { CitationChipOverlay, ProjectDocument } from '../../../../shared/model';
import { sceneAt } from '../../../../shared/scene';
import { editableItems } from '../../../../shared/scene/item-bounds';
import { safeZoneGeometry, shippedSafeZones } from '../../../../shared/scene/safe-zones';
import { applyAll, emptyDoc, expectInverseRestores } from '../fixtures';

const smith = {
  type: 'article-journal',
  title: 'Statins and stroke',
  author: [{ family: 'Smith' }, { family: 'Jones' }, { family: 'Lee' }],
  issued: { 'date-parts': [[2023]] },
  'container-title-short': 'N Engl J Med',
};
const who = {
  type: 'report',
  title: 'Global report',
  author: [{ literal: 'WHO' }],
  issued: { 'date-parts': [[2024]] },
};

function docWithCues(): ProjectDocument {
  return applyAll(emptyDoc(), [
    invocation('citation.add', { id: 'cit_smith', csl: smith }),
    invocation('citation.add', { id: 'cit_who', csl: who }),
    invocation('caption.add', {
      id: 'cue_short',
      start: 1000,
      end: 1500,
      text: 'Cuts strokes by 30%',
      citationIds: ['cit_smith'],
    }),
    invocation('caption.add', {
      id: 'cue_two',
      start: 5000,
      end: 9000,
      text: 'Both agree',
      citationIds: ['cit_smith', 'cit_who'],
    }),
    invocation('caption.add', {
      id: 'cue_none',
      start: 10000,
      end: 11000,
      text: 'Thanks',
      citationIds: [],
    }),
  ]);
}

function chips(doc: ProjectDocument): CitationChipOverlay[] {
  return doc.tracks.overlays.filter((o): o is CitationChipOverlay => o.kind === 'citationChip');
}

describe('citation.placeChips', () => {
  it('places one chip per linked citation, one undo step that removes them all', () => {
    const doc = expectInverseRestores(docWithCues(), invocation('citation.placeChips', {}));
    expect(chips(doc).map((c) => [c.id, c.citationId, c.start])).toEqual([
      [chipIdFor('cue_short', 'cit_smith'), 'cit_smith', 1000],
      [chipIdFor('cue_two', 'cit_smith'), 'cit_smith', 5000],
      [chipIdFor('cue_two', 'cit_who'), 'cit_who', 5000],
    ]);
  });

  it('keeps a chip on screen for its cue and for long enough to read its label', () => {
    const doc = applyCommand(docWithCues(), invocation('citation.placeChips', {})).doc;
    const [short, longCue] = chips(doc);
    // "Smith et al., N Engl J Med 2023" is 31 characters: 1824 ms at 17 characters per second.
    expect(chipReadingMs('Smith et al., N Engl J Med 2023', 17)).toBe(1824);
    expect(short?.end).toBe(1000 + 1824);
    expect(longCue?.end).toBe(9000);
  });

  it('follows the project reading speed', () => {
    const fast = applyCommand(
      docWithCues(),
      invocation('captions.setRules', { maxCharsPerSecond: 25 }),
    ).doc;
    const doc = applyCommand(
      fast,
      invocation('citation.placeChips', { cueIds: ['cue_short'] }),
    ).doc;
    expect(chips(doc).map((c) => c.end)).toEqual([1000 + Math.ceil((31 * 1000) / 25)]);
  });

  it('draws every chip inside the safe zone, without chips shown together overlapping', () => {
    const doc = applyCommand(docWithCues(), invocation('citation.placeChips', {})).doc;
    const { safe } = safeZoneGeometry(shippedSafeZones(), 'tiktok', doc.format);
    const scene = sceneAt(doc, 6000);
    const boxes = editableItems(scene)
      .filter((item) => item.kind === 'overlay')
      .map((item) => ({
        left: item.x + item.box.x * item.scale,
        top: item.y + item.box.y * item.scale,
        right: item.x + (item.box.x + item.box.width) * item.scale,
        bottom: item.y + (item.box.y + item.box.height) * item.scale,
      }));
    expect(boxes).toHaveLength(2);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(safe.x);
      expect(box.top).toBeGreaterThanOrEqual(safe.y);
      expect(box.right).toBeLessThanOrEqual(safe.x + safe.width);
      expect(box.bottom).toBeLessThanOrEqual(safe.y + safe.height);
    }
    const [a, b] = boxes;
    expect(a!.bottom <= b!.top || b!.bottom <= a!.top).toBe(true);
  });

  it('uses the safe zone of the project platform', () => {
    const reels = applyCommand(
      docWithCues(),
      invocation('captions.setRules', { platform: 'reels' }),
    ).doc;
    const doc = applyCommand(
      reels,
      invocation('citation.placeChips', { cueIds: ['cue_short'] }),
    ).doc;
    const { safe } = safeZoneGeometry(shippedSafeZones(), 'reels', doc.format);
    const [item] = editableItems(sceneAt(doc, 1200)).filter((i) => i.kind === 'overlay');
    expect(item!.y + item!.box.y * item!.scale).toBeCloseTo(safe.y + 24, 5);
  });

  it('adds nothing a second time, and nothing where a chip for that source already shows', () => {
    const once = applyCommand(docWithCues(), invocation('citation.placeChips', {})).doc;
    const twice = applyCommand(once, invocation('citation.placeChips', {}));
    expect(twice.doc).toBe(once);
    expect(planCitationChips(once)).toEqual([]);
  });

  it('stretches one chip over consecutive cues citing the same source', () => {
    const doc = applyAll(docWithCues(), [
      invocation('caption.add', {
        id: 'cue_next',
        start: 1500,
        end: 4000,
        text: 'And more',
        citationIds: ['cit_smith'],
      }),
      invocation('citation.placeChips', { cueIds: ['cue_short', 'cue_next'] }),
    ]);
    expect(chips(doc).map((c) => [c.id, c.start, c.end])).toEqual([
      [chipIdFor('cue_short', 'cit_smith'), 1000, 4000],
    ]);
  });

  it('stacks below a chip already on screen and shrinks a wide chip to the safe width', () => {
    const long = {
      type: 'webpage',
      title: 'W'.repeat(58),
    };
    const withManual = applyAll(docWithCues(), [
      invocation('citation.add', { id: 'cit_long', csl: long }),
      invocation('caption.add', {
        id: 'cue_long',
        start: 12000,
        end: 14000,
        text: 'A long one',
        citationIds: ['cit_long'],
      }),
      invocation('citation.placeChips', { cueIds: ['cue_short'] }),
      invocation('caption.update', { id: 'cue_two', citationIds: [] }),
      invocation('caption.update', { id: 'cue_short', citationIds: ['cit_who'] }),
      invocation('citation.placeChips', { cueIds: ['cue_short', 'cue_long'] }),
    ]);
    const { safe } = safeZoneGeometry(shippedSafeZones(), 'tiktok', withManual.format);
    const boxesAt = (t: number) =>
      editableItems(sceneAt(withManual, t))
        .filter((item) => item.kind === 'overlay')
        .map((item) => ({
          id: item.id,
          left: item.x + item.box.x * item.scale,
          top: item.y + item.box.y * item.scale,
          right: item.x + (item.box.x + item.box.width) * item.scale,
          bottom: item.y + (item.box.y + item.box.height) * item.scale,
        }));
    // The chip placed first keeps the top row; the new one for the same cue goes below it.
    const [first, second] = boxesAt(1400);
    expect(first?.id).toBe(chipIdFor('cue_short', 'cit_smith'));
    expect(second?.id).toBe(chipIdFor('cue_short', 'cit_who'));
    expect(second!.top).toBeGreaterThanOrEqual(first!.bottom);
    const longChip = withManual.tracks.overlays.find(
      (o) => o.id === chipIdFor('cue_long', 'cit_long'),
    );
    expect(longChip?.transform[0]?.scale).toBeLessThan(1);
    const [wide] = boxesAt(13000);
    expect(wide!.right).toBeLessThanOrEqual(safe.x + safe.width);
    expect(wide!.left).toBeGreaterThanOrEqual(safe.x);
  });

  it('refuses a cue that does not exist, naming it', () => {
    expect(() =>
      applyCommand(docWithCues(), invocation('citation.placeChips', { cueIds: ['cue_gone'] })),
    ).toThrow(/cue_gone/);
  });

  it('derives a valid id even from long ids', () => {
    const id = chipIdFor('c'.repeat(64), 'd'.repeat(64));
    expect(id).toMatch(/^chip_[0-9a-f]{16}$/);
    expect(chipIdFor('c'.repeat(64), 'e'.repeat(64))).not.toBe(id);
  });
});

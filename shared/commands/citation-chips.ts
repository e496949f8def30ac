import { z } from 'zod';
import { visibleCharacterCount } from '../captions/text-count';
import { NO_ANIMATION, staticTransform } from '../model/animation';
import type { Animation } from '../model/animation';
import { captionRulesOf } from '../model/captions';
import type { CaptionCue } from '../model/captions';
import { idSchema } from '../model/common';
import type { ProjectDocument } from '../model/document';
import type { CitationChipOverlay } from '../model/overlays';
import { hashString } from '../scene/hash';
import { overlayLocalBox } from '../scene/item-bounds';
import { safeZoneGeometry, shippedSafeZones } from '../scene/safe-zones';
import { sceneOverlay } from '../scene/scene-overlays';
import type { SceneRect } from '../scene/types';
import { batchInvocation, defineCommand } from './define';
import { preconditionFailed } from './errors';
import { requireEntry, requireIdFree, withTracks } from './update';

/**
 * Citation chips placed from caption links: each cited cue gets one chip per citation, on screen
 * from the cue's start for at least the cue's span and at least as long as its label takes to
 * read at the project's reading speed, stacked from the top-left corner of the platform's safe
 * zone so chips on screen together never cover each other (captions sit low in the frame).
 */

export const CHIP_PLACEMENT = {
  /** Space between the safe zone's edge and the chips, and between stacked chips. */
  marginPx: 24,
  gapPx: 12,
  /** Each of the fade in and the fade out, shortened for short chips. */
  fadeMs: 200,
} as const;

/** The id of the chip placed for `cueId` citing `citationId`: the same pair, the same chip. */
export function chipIdFor(cueId: string, citationId: string): string {
  const plain = `chip_${cueId}_${citationId}`;
  return plain.length <= 64 ? plain : `chip_${hashString(`${cueId}\u0000${citationId}`)}`;
}

/** How long `label` takes to read at `maxCharsPerSecond`, rounded up to whole ms. */
export function chipReadingMs(label: string, maxCharsPerSecond: number): number {
  return Math.ceil((visibleCharacterCount(label) * 1000) / maxCharsPerSecond);
}

export interface PlannedChip {
  cueId: string;
  overlay: CitationChipOverlay;
}

interface Span {
  cueId: string;
  citationId: string;
  start: number;
  end: number;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function intersects(a: SceneRect, b: SceneRect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function fade(lengthMs: number): Animation {
  const durationMs = Math.min(CHIP_PLACEMENT.fadeMs, Math.floor(lengthMs / 4));
  return durationMs > 0 ? { type: 'fade', durationMs, easing: 'easeOut' } : { ...NO_ANIMATION };
}

/** A chip's drawn rectangle in frame pixels at its first keyframe (rotation ignored). */
function chipRect(doc: ProjectDocument, chip: CitationChipOverlay): SceneRect {
  const drawn = sceneOverlay(doc, { ...chip, transform: [chip.transform[0]!] }, chip.start);
  const box = overlayLocalBox(drawn);
  const keyed = chip.transform[0]!;
  const scale = keyed.scale;
  return {
    x: keyed.x * doc.format.width + box.x * scale,
    y: keyed.y * doc.format.height + box.y * scale,
    width: box.width * scale,
    height: box.height * scale,
  };
}

/** The cues to place chips for: the given ones (each must exist) or every cited cue. */
function citedCues(doc: ProjectDocument, cueIds: readonly string[] | undefined): CaptionCue[] {
  const cues =
    cueIds === undefined
      ? doc.tracks.captions
      : cueIds.map((id) => requireEntry(doc.tracks.captions, id, 'caption').item);
  const known = new Set(doc.citations.map((citation) => citation.id));
  for (const cue of cues) {
    const missing = cue.citationIds.find((id) => !known.has(id));
    if (missing !== undefined) {
      preconditionFailed(`caption "${cue.id}" cites "${missing}", which does not exist`);
    }
  }
  return [...cues]
    .filter((cue) => cue.citationIds.length > 0)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * When each chip shows. A cue whose citation already has a chip on screen during the cue gets
 * none; when that chip is one planned here (the previous cue cites the same source) it is
 * stretched to the end of this cue instead, so one source reads as one steady chip.
 */
function planSpans(doc: ProjectDocument, cues: readonly CaptionCue[]): Span[] {
  const { maxCharsPerSecond } = captionRulesOf(doc);
  const existing = doc.tracks.overlays.filter(
    (overlay): overlay is CitationChipOverlay => overlay.kind === 'citationChip',
  );
  const spans: Span[] = [];
  for (const cue of cues) {
    for (const citationId of cue.citationIds) {
      const id = chipIdFor(cue.id, citationId);
      const shown = existing.some(
        (chip) => chip.id === id || (chip.citationId === citationId && overlaps(chip, cue)),
      );
      if (shown) continue;
      const planned = spans.find((span) => span.citationId === citationId && overlaps(span, cue));
      if (planned !== undefined) {
        planned.end = Math.max(planned.end, cue.end);
        continue;
      }
      const label = sceneOverlay(doc, chipAt(id, citationId, cue.start, cue.end), cue.start);
      const readMs =
        label.kind === 'citationChip' ? chipReadingMs(label.label, maxCharsPerSecond) : 0;
      spans.push({
        cueId: cue.id,
        citationId,
        start: cue.start,
        end: Math.max(cue.end, cue.start + readMs),
      });
    }
  }
  return spans;
}

function chipAt(id: string, citationId: string, start: number, end: number): CitationChipOverlay {
  const animation = fade(end - start);
  return {
    id,
    kind: 'citationChip',
    citationId,
    start,
    end,
    transform: staticTransform(),
    enter: animation,
    exit: { ...animation },
  };
}

/**
 * The chips `citation.placeChips` adds for `cueIds` (every cited cue when absent), positioned:
 * left-aligned in the safe zone, in the first row from the top that no chip showing at the same
 * time occupies (the top row when the zone is full), shrunk to fit the zone's width.
 */
export function planCitationChips(doc: ProjectDocument, cueIds?: readonly string[]): PlannedChip[] {
  const { safe } = safeZoneGeometry(shippedSafeZones(), captionRulesOf(doc).platform, doc.format);
  const { marginPx, gapPx } = CHIP_PLACEMENT;
  const placed: { span: Span; rect: SceneRect }[] = doc.tracks.overlays
    .filter((overlay): overlay is CitationChipOverlay => overlay.kind === 'citationChip')
    .map((chip) => ({ span: { ...chip, cueId: '' }, rect: chipRect(doc, chip) }));
  const planned: PlannedChip[] = [];
  for (const span of planSpans(doc, citedCues(doc, cueIds))) {
    const unplaced = chipAt(
      chipIdFor(span.cueId, span.citationId),
      span.citationId,
      span.start,
      span.end,
    );
    const box = overlayLocalBox(sceneOverlay(doc, unplaced, span.start));
    const scale = Math.min(1, (safe.width - 2 * marginPx) / box.width);
    const width = box.width * scale;
    const height = box.height * scale;
    const busy = placed.filter((other) => overlaps(other.span, span)).map((other) => other.rect);
    const rowTop = (row: number) => safe.y + marginPx + row * (height + gapPx);
    let row = 0;
    const rect = (at: number): SceneRect => ({
      x: safe.x + marginPx,
      y: rowTop(at),
      width,
      height,
    });
    while (busy.some((other) => intersects(other, rect(row)))) row += 1;
    if (rowTop(row) + height > safe.y + safe.height - marginPx) row = 0;
    const where = rect(row);
    const anchorX = where.x - box.x * scale;
    const anchorY = where.y - box.y * scale;
    const [keyframe] = staticTransform(anchorX / doc.format.width, anchorY / doc.format.height);
    const overlay: CitationChipOverlay = { ...unplaced, transform: [{ ...keyframe!, scale }] };
    placed.push({ span, rect: where });
    planned.push({ cueId: span.cueId, overlay });
  }
  return planned;
}

export const citationPlaceChipsArgs = z.object({
  /** The cues to place chips for; every cue with linked citations when absent. */
  cueIds: z.array(idSchema).optional(),
});

/** Adds the planned chips on top of the overlays, as one step; nothing when all are placed. */
export const citationPlaceChips = defineCommand({
  name: 'citation.placeChips',
  label: 'Place citation chips',
  argsSchema: citationPlaceChipsArgs,
  perform(doc, { cueIds }) {
    const chips = planCitationChips(doc, cueIds).map((chip) => chip.overlay);
    for (const chip of chips) requireIdFree(doc.tracks.overlays, chip.id, 'overlay');
    return {
      doc:
        chips.length === 0
          ? doc
          : withTracks(doc, { overlays: [...doc.tracks.overlays, ...chips] }),
      inverse: batchInvocation(
        chips.map((chip) => ({ name: 'overlay.remove', args: { id: chip.id } })).reverse(),
      ),
    };
  },
});

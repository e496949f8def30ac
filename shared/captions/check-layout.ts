import type { CaptionCue } from '../model/captions';
import { captionRulesOf } from '../model/captions';
import type { ProjectDocument } from '../model/document';
import { captionLocalBox } from '../scene/item-bounds';
import { safeZoneGeometry, shippedSafeZones } from '../scene/safe-zones';
import { effectiveWordTimings, resolvedCaptionStyle, sceneCaption } from '../scene/scene-captions';
import type { SceneCaption, SceneRect } from '../scene/types';
import { CAPTION_LIMITS, round2 } from './check-types';
import type { CaptionProblem } from './check-types';
import { graphemeCount } from './text-count';

/**
 * Checks of a cue as drawn: built by the scene builder itself (sceneCaption), so the lines
 * counted and the box placed are exactly what the preview and the export show.
 */

/** Every distinct picture of the cue: one, or one per word when words show one at a time. */
function drawnCaptions(doc: ProjectDocument, cue: CaptionCue): SceneCaption[] {
  const style = resolvedCaptionStyle(doc, cue);
  const words = effectiveWordTimings(cue, style);
  const times =
    style.mode === 'singleWord' && words.length > 0
      ? words.map((word) => cue.start + word.start)
      : [cue.start];
  return times
    .map((t) => sceneCaption(doc, cue, t))
    .filter((caption): caption is SceneCaption => caption !== null);
}

function problem(
  cue: CaptionCue,
  type: CaptionProblem['type'],
  measured: number,
  limit: number,
  message: string,
): CaptionProblem {
  return { type, cueId: cue.id, timeMs: cue.start, measured, limit, message };
}

function quoted(text: string): string {
  return `"${text}"`;
}

function lineProblems(cue: CaptionCue, captions: readonly SceneCaption[]): CaptionProblem[] {
  const problems: CaptionProblem[] = [];
  const lineCount = Math.max(0, ...captions.map((caption) => caption.text.lines.length));
  if (lineCount > CAPTION_LIMITS.maxLines) {
    problems.push(
      problem(
        cue,
        'tooManyLines',
        lineCount,
        CAPTION_LIMITS.maxLines,
        `${lineCount} lines at the style's width; at most ${CAPTION_LIMITS.maxLines}`,
      ),
    );
  }
  let longest = { chars: 0, line: 0, text: '' };
  for (const caption of captions) {
    caption.text.lines.forEach((line, index) => {
      const chars = graphemeCount(line.text);
      if (chars > longest.chars) longest = { chars, line: index + 1, text: line.text };
    });
  }
  if (longest.chars > CAPTION_LIMITS.maxCharsPerLine) {
    problems.push(
      problem(
        cue,
        'lineTooLong',
        longest.chars,
        CAPTION_LIMITS.maxCharsPerLine,
        `line ${longest.line} has ${longest.chars} characters; at most ${CAPTION_LIMITS.maxCharsPerLine}: ${quoted(longest.text)}`,
      ),
    );
  }
  return problems;
}

function union(a: SceneRect, b: SceneRect): SceneRect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  const right = Math.max(a.x + a.width, b.x + b.width);
  const bottom = Math.max(a.y + a.height, b.y + b.height);
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * The drawn box in frame pixels: the text's lines grown by the box padding (or the outline),
 * and the speaker's name tab when one shows.
 */
export function captionFrameBox(caption: SceneCaption): SceneRect {
  const local = captionLocalBox(caption);
  const box = { ...local, x: caption.x + local.x, y: caption.y + local.y };
  const speaker = caption.speaker;
  if (speaker === undefined || speaker === null) return box;
  return union(box, {
    x: caption.x + speaker.x - speaker.paddingPx,
    y: caption.y + speaker.y - speaker.paddingPx,
    width: speaker.text.widthPx + 2 * speaker.paddingPx,
    height: speaker.text.heightPx + 2 * speaker.paddingPx,
  });
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

function overshoot(box: SceneRect, safe: SceneRect): Record<(typeof SIDES)[number], number> {
  return {
    top: safe.y - box.y,
    right: box.x + box.width - (safe.x + safe.width),
    bottom: box.y + box.height - (safe.y + safe.height),
    left: safe.x - box.x,
  };
}

function safeZoneProblems(
  doc: ProjectDocument,
  cue: CaptionCue,
  captions: readonly SceneCaption[],
): CaptionProblem[] {
  const { platform } = captionRulesOf(doc);
  const zone = safeZoneGeometry(shippedSafeZones(), platform, doc.format);
  const worst = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const caption of captions) {
    const out = overshoot(captionFrameBox(caption), zone.safe);
    for (const side of SIDES) worst[side] = Math.max(worst[side], round2(out[side]));
  }
  const sides = SIDES.filter((side) => worst[side] > 0);
  if (sides.length === 0) return [];
  const measured = Math.max(...sides.map((side) => worst[side]));
  const where = sides.map((side) => `${worst[side]} px past the ${side}`).join(', ');
  return [
    problem(
      cue,
      'outsideSafeZone',
      measured,
      0,
      `the caption box is outside the ${zone.label} safe zone: ${where}`,
    ),
  ];
}

/** Line count, line length and safe-zone problems of one cue. */
export function layoutProblems(doc: ProjectDocument, cue: CaptionCue): CaptionProblem[] {
  const captions = drawnCaptions(doc, cue);
  return [...lineProblems(cue, captions), ...safeZoneProblems(doc, cue, captions)];
}

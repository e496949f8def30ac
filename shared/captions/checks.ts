import type { CaptionCue, CaptionStyle } from '../model/captions';
import { captionRulesOf } from '../model/captions';
import type { ProjectDocument } from '../model/document';
import { resolvedCaptionStyle } from '../scene/scene-captions';
import { layoutProblems } from './check-layout';
import { CAPTION_LIMITS, CAPTION_PROBLEM_TYPES, minGapMs, round2 } from './check-types';
import type { CaptionProblem, CaptionProblemType } from './check-types';
import { worstContrast } from './contrast';
import type { ColorLayer } from './contrast';
import { visibleCharacterCount } from './text-count';

export type { CaptionProblem, CaptionProblemType } from './check-types';
export { CAPTION_LIMITS, CAPTION_PROBLEM_TYPES, minGapMs } from './check-types';

/**
 * Readability and platform checks of a project's captions (subtitle guidelines as used by the
 * BBC and Netflix, WCAG 2 for contrast, the platforms' safe zones). Each problem names its cue
 * and carries the measured value and the limit; see check-types.ts for the units.
 */

function problem(
  cue: CaptionCue,
  type: CaptionProblemType,
  measured: number,
  limit: number,
  message: string,
): CaptionProblem {
  return { type, cueId: cue.id, timeMs: cue.start, measured, limit, message };
}

function durationProblems(cue: CaptionCue): CaptionProblem[] {
  const durationMs = cue.end - cue.start;
  const { minDurationMs, maxDurationMs } = CAPTION_LIMITS;
  if (durationMs < minDurationMs) {
    return [
      problem(
        cue,
        'tooShort',
        durationMs,
        minDurationMs,
        `shows for ${durationMs} ms; at least ${minDurationMs} ms (5/6 s)`,
      ),
    ];
  }
  if (durationMs > maxDurationMs) {
    return [
      problem(
        cue,
        'tooLong',
        durationMs,
        maxDurationMs,
        `shows for ${durationMs} ms; at most ${maxDurationMs} ms`,
      ),
    ];
  }
  return [];
}

/** Characters per second, compared exactly (chars × 1000 against limit × ms); reported to 2 decimals. */
function readingSpeedProblems(cue: CaptionCue, maxCharsPerSecond: number): CaptionProblem[] {
  const durationMs = cue.end - cue.start;
  const chars = visibleCharacterCount(cue.text);
  if (chars * 1000 <= maxCharsPerSecond * durationMs) return [];
  const cps = round2((chars * 1000) / durationMs);
  return [
    problem(
      cue,
      'readingSpeed',
      cps,
      maxCharsPerSecond,
      `${chars} characters in ${durationMs} ms is ${cps} characters per second; at most ${maxCharsPerSecond}`,
    ),
  ];
}

/**
 * Gaps between consecutive cues in time order. A cue is compared with the latest-ending cue
 * before it, so one long cue overlapping several later ones is caught for each of them.
 */
function spacingProblems(cues: readonly CaptionCue[], fps: number): CaptionProblem[] {
  const ordered = [...cues].sort((a, b) => a.start - b.start || a.end - b.end);
  const minGap = minGapMs(fps);
  const problems: CaptionProblem[] = [];
  let previous: CaptionCue | undefined;
  for (const cue of ordered) {
    if (previous !== undefined) {
      const gap = cue.start - previous.end;
      if (gap < 0) {
        problems.push(problem(cue, 'overlap', -gap, 0, `overlaps "${previous.id}" by ${-gap} ms`));
      } else if (gap < minGap) {
        problems.push(
          problem(
            cue,
            'gapTooSmall',
            gap,
            minGap,
            `starts ${gap} ms after "${previous.id}" ends; at least ${minGap} ms (${CAPTION_LIMITS.minGapFrames} frames at ${fps} fps)`,
          ),
        );
      }
    }
    if (previous === undefined || cue.end > previous.end) previous = cue;
  }
  return problems;
}

/**
 * The text against what touches it: the outline when there is one (it is stroked over any
 * box), else the box. Text with neither sits on the video, which no rule can measure.
 */
function contrastProblems(cue: CaptionCue, style: CaptionStyle): CaptionProblem[] {
  const background: ColorLayer[] = [];
  if (style.box) background.push({ color: style.box.color, opacity: style.box.opacity });
  const outlined = style.outline.widthPx > 0;
  if (outlined) background.push({ color: style.outline.color });
  if (background.length === 0) return [];
  const against = outlined ? `outline ${style.outline.color}` : `box ${style.box?.color}`;
  // The highlight colour is drawn only in the word modes.
  const texts = style.mode === 'block' ? [style.fill] : [style.fill, style.highlight];
  const measured = texts.map((color) => ({ color, ratio: worstContrast({ color }, background) }));
  const worst = measured.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  if (worst.ratio >= CAPTION_LIMITS.minContrast) return [];
  // Rounded down, so a failing ratio never reads as the limit.
  const ratio = Math.floor(worst.ratio * 100) / 100;
  return [
    problem(
      cue,
      'lowContrast',
      ratio,
      CAPTION_LIMITS.minContrast,
      `text ${worst.color} on ${against} has contrast ${ratio}:1; at least ${CAPTION_LIMITS.minContrast}:1`,
    ),
  ];
}

/** Every problem of the project's captions, sorted by time (then track order, then type). */
export function checkCaptions(doc: ProjectDocument): CaptionProblem[] {
  const cues = doc.tracks.captions;
  const { maxCharsPerSecond } = captionRulesOf(doc);
  const problems = [
    ...spacingProblems(cues, doc.format.fps),
    ...cues.flatMap((cue) => [
      ...durationProblems(cue),
      ...readingSpeedProblems(cue, maxCharsPerSecond),
      ...layoutProblems(doc, cue),
      ...contrastProblems(cue, resolvedCaptionStyle(doc, cue)),
    ]),
  ];
  const trackOrder = new Map(cues.map((cue, index) => [cue.id, index]));
  const typeOrder = (type: CaptionProblemType) => CAPTION_PROBLEM_TYPES.indexOf(type);
  return problems.sort(
    (a, b) =>
      a.timeMs - b.timeMs ||
      (trackOrder.get(a.cueId) ?? 0) - (trackOrder.get(b.cueId) ?? 0) ||
      typeOrder(a.type) - typeOrder(b.type),
  );
}

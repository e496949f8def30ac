import type { CaptionCue, CaptionStyle } from '../model/captions';
import type { ProjectDocument } from '../model/document';
import { activeWordIndex, captionTokens, layoutTextBlock } from './caption-layout';
import { SceneError } from './errors';
import { resolveFontFace } from './fonts';
import type { SceneCaption } from './types';

/** The cue's style with its per-cue overrides applied. */
export function resolvedCaptionStyle(doc: ProjectDocument, cue: CaptionCue): CaptionStyle {
  const style = doc.captionStyles.find((candidate) => candidate.id === cue.styleId);
  if (style === undefined) {
    throw new SceneError(
      'missing-reference',
      `caption "${cue.id}" uses style "${cue.styleId}", which does not exist`,
    );
  }
  const overrides = cue.overrides;
  return {
    ...style,
    position: overrides?.position ?? style.position,
    align: overrides?.align ?? style.align,
    maxWidthPx: overrides?.maxWidthPx ?? style.maxWidthPx,
  };
}

/** A cue as drawn at `tMs`, or null when nothing of it shows (single-word mode before its first word). */
export function sceneCaption(
  doc: ProjectDocument,
  cue: CaptionCue,
  tMs: number,
): SceneCaption | null {
  const style = resolvedCaptionStyle(doc, cue);
  const face = resolveFontFace(style.fontFamily, style.fontWeight);
  const font = { family: face.family, weight: face.weight, sizePx: style.fontSizePx };
  const timed = style.mode !== 'block' && cue.words !== undefined && cue.words.length > 0;
  const active = timed ? activeWordIndex(cue.words ?? [], tMs - cue.start) : null;
  let tokens = captionTokens(cue);
  if (timed && style.mode === 'singleWord') {
    tokens = tokens
      .filter((token) => token.index === active)
      .map((token) => ({
        ...token,
        breakBefore: false,
      }));
    if (tokens.length === 0) return null;
  }
  const text = layoutTextBlock(tokens, {
    font,
    lineHeight: style.lineHeight,
    maxWidthPx: style.maxWidthPx,
    align: style.align,
  });
  const { width, height } = doc.format;
  return {
    cueId: cue.id,
    styleId: style.id,
    mode: style.mode,
    x: style.position.x * width - text.widthPx / 2,
    y: style.position.y * height - text.heightPx,
    text,
    fill: style.fill,
    highlight: style.highlight,
    outline: style.outline.widthPx > 0 ? { ...style.outline } : null,
    shadow: style.shadow ? { ...style.shadow } : null,
    box: style.box ? { ...style.box } : null,
    activeWordIndex: active,
  };
}

/** Cues showing at `tMs` (start inclusive, end exclusive), in track order. */
export function sceneCaptionsAt(doc: ProjectDocument, tMs: number): SceneCaption[] {
  const captions: SceneCaption[] = [];
  for (const cue of doc.tracks.captions) {
    if (tMs < cue.start || tMs >= cue.end) continue;
    const caption = sceneCaption(doc, cue, tMs);
    if (caption !== null) captions.push(caption);
  }
  return captions;
}

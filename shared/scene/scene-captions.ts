import { applyBrandKit } from '../captions/brand-style';
import type { CaptionCue, CaptionStyle } from '../model/captions';
import type { ProjectDocument } from '../model/document';
import { backOut } from './animation';
import {
  activeWordIndex,
  captionTokens,
  layoutLabel,
  layoutTextBlock,
  tokenize,
  type LayoutToken,
} from './caption-layout';
import { SceneError } from './errors';
import { resolveFontFace } from './fonts';
import type { SceneCaption, SceneSpeakerLabel, SceneTextBlock } from './types';
import { distributeWordTimings } from './word-timing';

/** The cue's style with the brand kit and its per-cue overrides applied. */
export function resolvedCaptionStyle(doc: ProjectDocument, cue: CaptionCue): CaptionStyle {
  const stored = doc.captionStyles.find((candidate) => candidate.id === cue.styleId);
  if (stored === undefined) {
    throw new SceneError(
      'missing-reference',
      `caption "${cue.id}" uses style "${cue.styleId}", which does not exist`,
    );
  }
  const style = applyBrandKit(stored, doc.brandKit);
  const overrides = cue.overrides;
  return {
    ...style,
    position: overrides?.position ?? style.position,
    align: overrides?.align ?? style.align,
    maxWidthPx: overrides?.maxWidthPx ?? style.maxWidthPx,
  };
}

/**
 * The word timings highlight modes follow: the cue's own, or its span shared across its words
 * by length when it has none (empty in block mode).
 */
export function effectiveWordTimings(
  cue: CaptionCue,
  style: Pick<CaptionStyle, 'mode'>,
): { start: number; end: number }[] {
  if (style.mode === 'block') return [];
  if (cue.words !== undefined && cue.words.length > 0) return cue.words;
  const texts = captionTokens(cue).map((token) => token.text);
  return distributeWordTimings(texts, cue.end - cue.start);
}

/** The pop's size at `sinceMs` after the word (or cue) appeared: overshoots, then settles at 1. */
function popScale(style: CaptionStyle, sinceMs: number): number {
  if (style.pop === undefined || sinceMs >= style.pop.durationMs) return 1;
  const progress = Math.max(0, sinceMs) / style.pop.durationMs;
  return style.pop.fromScale + (1 - style.pop.fromScale) * backOut(progress);
}

/** The speaker's name tab, above the caption's ink (and its box), aligned with the caption. */
function speakerLabel(
  style: CaptionStyle,
  speaker: string | undefined,
  block: SceneTextBlock,
): SceneSpeakerLabel | null {
  const label = style.speakerLabel;
  if (label === undefined || speaker === undefined) return null;
  const face = resolveFontFace(style.fontFamily, label.fontWeight);
  const font = { family: face.family, weight: face.weight, sizePx: label.fontSizePx };
  const tokens = tokenize(style.uppercase === true ? speaker.toUpperCase() : speaker);
  const text = layoutLabel(tokens, font, 1.2, style.maxWidthPx);
  const { ink } = block;
  const boxPad = style.box?.paddingPx ?? 0;
  const pad = label.paddingPx;
  const x =
    style.align === 'left'
      ? ink.x - boxPad + pad
      : style.align === 'right'
        ? ink.x + ink.width + boxPad - pad - text.widthPx
        : ink.x + ink.width / 2 - text.widthPx / 2;
  const y = ink.y - boxPad - label.gapPx - pad - text.heightPx;
  return {
    x,
    y,
    text,
    fill: label.fill,
    background: label.background,
    paddingPx: pad,
    radiusPx: label.radiusPx,
  };
}

function shownTokens(
  cue: CaptionCue,
  style: CaptionStyle,
  active: number | null,
  timed: boolean,
): LayoutToken[] {
  let tokens = captionTokens(cue);
  if (style.uppercase === true) {
    tokens = tokens.map((token) => ({ ...token, text: token.text.toUpperCase() }));
  }
  if (timed && style.mode === 'singleWord') {
    tokens = tokens
      .filter((token) => token.index === active)
      .map((token) => ({ ...token, breakBefore: false }));
  }
  return tokens;
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
  const offsetMs = tMs - cue.start;
  const words = effectiveWordTimings(cue, style);
  const timed = words.length > 0;
  const active = timed ? activeWordIndex(words, offsetMs) : null;
  const tokens = shownTokens(cue, style, active, timed);
  if (tokens.length === 0) return null;
  const text = layoutTextBlock(tokens, {
    font,
    lineHeight: style.lineHeight,
    maxWidthPx: style.maxWidthPx,
    align: style.align,
  });
  const { width, height } = doc.format;
  const shownSince =
    timed && style.mode === 'singleWord' && active !== null
      ? offsetMs - (words[active]?.start ?? 0)
      : offsetMs;
  const caption: SceneCaption = {
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
  const speaker = speakerLabel(style, cue.speaker, text);
  if (speaker !== null) caption.speaker = speaker;
  const scale = popScale(style, shownSince);
  if (scale !== 1) caption.scale = scale;
  return caption;
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

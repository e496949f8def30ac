import type { ProjectDocument } from '../model/document';
import { contentDurationMs } from '../model/timeline';
import { activeEndCard, endCardLines } from '../review/end-card';
import { layoutTextBlock, tokenize } from './caption-layout';
import { resolveFontFace } from './fonts';
import type { SceneFont, SceneRect, SceneTextBlock } from './types';

/** The card's look, relative to the frame's width so it scales with the format. */
export const END_CARD_LAYOUT = {
  headingSize: 0.042,
  reviewerSize: 0.062,
  roleSize: 0.045,
  footerSize: 0.04,
  lineHeight: 1.25,
  /** Text column width. */
  columnWidth: 0.8,
  /** Space between blocks, in frame widths. */
  gap: 0.035,
  ruleWidth: 0.16,
  ruleHeight: 0.008,
  fadeInMs: 300,
} as const;

export interface SceneEndCardText {
  /** Top-left of the block in frame pixels. */
  x: number;
  y: number;
  text: SceneTextBlock;
  fill: string;
}

/**
 * The medical review's end card, filling the frame in the brand kit's colours and font: a
 * heading in the accent colour, the reviewer and their role, an accent rule, and the date with
 * the disclaimer.
 */
export interface SceneEndCard {
  /** Covers the whole frame. */
  background: { width: number; height: number; color: string };
  opacity: number;
  rule: SceneRect & { color: string };
  texts: SceneEndCardText[];
}

function font(family: string, weight: number, sizePx: number): SceneFont {
  const face = resolveFontFace(family, weight);
  return { family: face.family, weight: face.weight, sizePx };
}

/** Where the end card runs on the timeline while it shows: right after the content. */
export function endCardSpanMs(doc: ProjectDocument): { startMs: number; endMs: number } | null {
  const active = activeEndCard(doc);
  if (active === null) return null;
  const startMs = contentDurationMs(doc);
  return { startMs, endMs: startMs + active.card.durationMs };
}

/** The end card at `tMs`, or null when none shows then. */
export function sceneEndCardAt(doc: ProjectDocument, tMs: number): SceneEndCard | null {
  const span = endCardSpanMs(doc);
  const review = doc.medicalReview;
  if (span === null || review === undefined || tMs < span.startMs || tMs >= span.endMs) {
    return null;
  }
  const { width, height } = doc.format;
  const { colors, fontFamily } = doc.brandKit;
  const L = END_CARD_LAYOUT;
  const lines = endCardLines(review);
  const columnPx = width * L.columnWidth;
  const block = (text: string, weight: number, size: number) =>
    layoutTextBlock(tokenize(text), {
      font: font(fontFamily, weight, Math.round(width * size)),
      lineHeight: L.lineHeight,
      maxWidthPx: columnPx,
      align: 'center',
    });
  const heading = block(lines.heading, 600, L.headingSize);
  const reviewer = block(lines.reviewer, 700, L.reviewerSize);
  const role = block(lines.role, 500, L.roleSize);
  const footer = block(lines.footer, 500, L.footerSize);
  const gapPx = width * L.gap;
  const ruleHeightPx = Math.max(2, Math.round(width * L.ruleHeight));
  const total =
    heading.heightPx +
    reviewer.heightPx +
    role.heightPx +
    footer.heightPx +
    ruleHeightPx +
    3 * gapPx;
  const x = (width - columnPx) / 2;
  let y = (height - total) / 2;
  const texts: SceneEndCardText[] = [];
  texts.push({ x, y, text: heading, fill: colors.accent });
  y += heading.heightPx + gapPx;
  texts.push({ x, y, text: reviewer, fill: colors.text });
  y += reviewer.heightPx;
  texts.push({ x, y, text: role, fill: colors.text });
  y += role.heightPx + gapPx;
  const ruleWidthPx = width * L.ruleWidth;
  const rule = {
    x: (width - ruleWidthPx) / 2,
    y,
    width: ruleWidthPx,
    height: ruleHeightPx,
    color: colors.accent,
  };
  y += ruleHeightPx + gapPx;
  texts.push({ x, y, text: footer, fill: colors.text });
  const opacity = Math.min(1, (tMs - span.startMs) / L.fadeInMs);
  return { background: { width, height, color: colors.background }, opacity, rule, texts };
}

import { blockDirection } from './caption-layout';
import { fontFamilyList } from './fonts';
import type { KonvaGroup, KonvaModule } from './konva-types';
import type {
  SceneBox,
  SceneOutline,
  SceneRect,
  SceneShadow,
  SceneSpeakerLabel,
  SceneTextBlock,
} from './types';

export interface TextPaint {
  fill: string;
  outline: SceneOutline | null;
  shadow: SceneShadow | null;
  /** The word drawn in `highlight` instead of `fill`. */
  activeWordIndex?: number | null;
  highlight?: string;
}

/**
 * A laid-out text block as Konva nodes, its top-left at (0, 0). Every word is its own node at
 * the position the scene computed, so line breaks and word positions are identical wherever it
 * is drawn, and the active word can take its own colour. The outline is stroked under the fill
 * (twice as wide, half of it covered) like subtitle renderers do. Each word names the fallback
 * fonts after its family (Arabic, Hebrew, Devanagari, emoji) and is drawn in the block's
 * direction, so the canvas orders and shapes its letters as in a whole right-to-left line.
 */
export function textBlockNode(
  Konva: KonvaModule,
  block: SceneTextBlock,
  paint: TextPaint,
): KonvaGroup {
  const group = new Konva.Group({ listening: false });
  const { font } = block;
  const fontFamily = fontFamilyList(font.family);
  const direction = blockDirection(block.lines);
  block.lines.forEach((line, lineIndex) => {
    for (const word of line.words) {
      const active = paint.activeWordIndex !== undefined && word.index === paint.activeWordIndex;
      group.add(
        new Konva.Text({
          x: line.xPx + word.xPx,
          y: lineIndex * block.lineHeightPx,
          text: word.text,
          wrap: 'none',
          fontFamily,
          direction,
          fontStyle: String(font.weight),
          fontSize: font.sizePx,
          lineHeight: block.lineHeightPx / font.sizePx,
          fill: active && paint.highlight !== undefined ? paint.highlight : paint.fill,
          // Konva's "perfect" draw of a shadowed, stroked text renders each word through a
          // frame-sized buffer (about 50 ms a word in Node); the direct draw looks the same here
          // because the fill's shadow only falls on the outline.
          perfectDrawEnabled: false,
          ...(paint.outline
            ? {
                stroke: paint.outline.color,
                strokeWidth: paint.outline.widthPx * 2,
                fillAfterStrokeEnabled: true,
                lineJoin: 'round' as const,
              }
            : {}),
          ...(paint.shadow
            ? {
                shadowColor: paint.shadow.color,
                shadowBlur: paint.shadow.blurPx,
                shadowOffsetX: paint.shadow.offsetXPx,
                shadowOffsetY: paint.shadow.offsetYPx,
              }
            : {}),
        }),
      );
    }
  });
  return group;
}

/** A backing box around `ink`, grown by the box's padding. */
export function boxNode(Konva: KonvaModule, ink: SceneRect, box: SceneBox) {
  return new Konva.Rect({
    x: ink.x - box.paddingPx,
    y: ink.y - box.paddingPx,
    width: ink.width + box.paddingPx * 2,
    height: ink.height + box.paddingPx * 2,
    cornerRadius: box.radiusPx,
    fill: box.color,
    opacity: box.opacity,
    listening: false,
  });
}

/** The speaker's name tab of a lower-third caption: a filled rounded box with the name on it. */
export function speakerLabelNode(Konva: KonvaModule, speaker: SceneSpeakerLabel): KonvaGroup {
  const group = new Konva.Group({ x: speaker.x, y: speaker.y, listening: false });
  const pad = speaker.paddingPx;
  group.add(
    new Konva.Rect({
      x: -pad,
      y: -pad,
      width: speaker.text.widthPx + pad * 2,
      height: speaker.text.heightPx + pad * 2,
      cornerRadius: speaker.radiusPx,
      fill: speaker.background,
      listening: false,
    }),
    textBlockNode(Konva, speaker.text, { fill: speaker.fill, outline: null, shadow: null }),
  );
  return group;
}

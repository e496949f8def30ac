import { textBlockNode } from './konva-text';
import type { KonvaGroup, KonvaModule } from './konva-types';
import type { SceneEndCard } from './scene-end-card';

/** The end card as Konva nodes in frame pixels, over everything else in the layer. */
export function endCardNode(Konva: KonvaModule, card: SceneEndCard): KonvaGroup {
  const group = new Konva.Group({ opacity: card.opacity, listening: false });
  group.add(
    new Konva.Rect({
      x: 0,
      y: 0,
      width: card.background.width,
      height: card.background.height,
      fill: card.background.color,
    }),
  );
  const { rule } = card;
  group.add(
    new Konva.Rect({
      x: rule.x,
      y: rule.y,
      width: rule.width,
      height: rule.height,
      fill: rule.color,
      cornerRadius: rule.height / 2,
    }),
  );
  for (const block of card.texts) {
    const node = textBlockNode(Konva, block.text, {
      fill: block.fill,
      outline: null,
      shadow: null,
    });
    node.position({ x: block.x, y: block.y });
    group.add(node);
  }
  return group;
}

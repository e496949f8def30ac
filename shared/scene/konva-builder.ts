import { endCardNode } from './konva-end-card';
import { calloutNodes, chipNode, iconNode, imageNode, textOverlayNode } from './konva-overlays';
import { shapeNode } from './konva-shapes';
import { boxNode, speakerLabelNode, textBlockNode } from './konva-text';
import type { KonvaGroup, KonvaLayer, KonvaModule, OverlayLayerOptions } from './konva-types';
import type { Scene, SceneCaption, SceneOverlay } from './types';

/** Name of the group holding the overlay layer, and of each item's node inside it. */
export const OVERLAY_LAYER_NAME = 'scene-overlay-layer';
export const CAPTION_NODE_NAME = 'scene-caption';
export const OVERLAY_NODE_NAME = 'scene-overlay';

function captionNode(Konva: KonvaModule, caption: SceneCaption, options: OverlayLayerOptions) {
  // A pop scales the caption about its text's centre (offset moves the origin there).
  const { ink } = caption.text;
  const scale = caption.scale ?? 1;
  const centreX = scale === 1 ? 0 : ink.x + ink.width / 2;
  const centreY = scale === 1 ? 0 : ink.y + ink.height / 2;
  const group = new Konva.Group({
    x: caption.x + centreX,
    y: caption.y + centreY,
    offsetX: centreX,
    offsetY: centreY,
    scaleX: scale,
    scaleY: scale,
    listening: options.mode === 'preview',
    ...(options.mode === 'preview' ? { id: caption.cueId, name: CAPTION_NODE_NAME } : {}),
  });
  if (caption.speaker) group.add(speakerLabelNode(Konva, caption.speaker));
  if (caption.box) group.add(boxNode(Konva, caption.text.ink, caption.box));
  group.add(
    textBlockNode(Konva, caption.text, {
      fill: caption.fill,
      outline: caption.outline,
      shadow: caption.shadow,
      activeWordIndex: caption.activeWordIndex,
      highlight: caption.highlight,
    }),
  );
  return group;
}

/** Clips content to the left `progress` of its own bounds (wipe, and draw-on of solid kinds). */
function applyWipe(content: KonvaGroup, progress: number): void {
  if (progress >= 1) return;
  const bounds = content.getClientRect({ skipTransform: true, skipShadow: true });
  content.clip({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width * Math.max(0, progress),
    height: bounds.height,
  });
}

function contentNode(
  Konva: KonvaModule,
  overlay: Exclude<SceneOverlay, { kind: 'callout' }>,
  options: OverlayLayerOptions,
): KonvaGroup {
  switch (overlay.kind) {
    case 'icon':
      return iconNode(Konva, overlay, options);
    case 'image':
      return imageNode(Konva, overlay, options);
    case 'text':
      return textOverlayNode(Konva, overlay);
    case 'citationChip':
      return chipNode(Konva, overlay);
    case 'shape':
      return shapeNode(Konva, overlay);
  }
}

function overlayNode(Konva: KonvaModule, overlay: SceneOverlay, options: OverlayLayerOptions) {
  const { transform } = overlay;
  const outer = new Konva.Group({
    opacity: transform.opacity,
    listening: options.mode === 'preview',
    ...(options.mode === 'preview' ? { id: overlay.id, name: OVERLAY_NODE_NAME } : {}),
  });
  const placed = new Konva.Group({
    x: transform.x,
    y: transform.y,
    scaleX: transform.scale,
    scaleY: transform.scale,
    rotation: transform.rotation,
  });
  if (overlay.kind === 'callout') {
    const { line, label } = calloutNodes(Konva, overlay);
    placed.add(label);
    outer.add(line, placed);
    return outer;
  }
  const content = contentNode(Konva, overlay, options);
  placed.add(content);
  // Shapes trace their own strokes for draw-on; every other kind wipes in instead.
  const wipes =
    overlay.reveal !== null && (overlay.reveal.kind === 'wipe' || overlay.kind !== 'shape');
  if (wipes && overlay.reveal !== null) applyWipe(content, overlay.reveal.progress);
  outer.add(placed);
  return outer;
}

/**
 * The overlay layer of a scene (captions, overlays, citation chips) as one Konva group in frame
 * pixels: overlays in stacking order, captions on top. The browser preview and the export both
 * call this with the same scene; `options.mode` only changes naming and loading placeholders.
 */
export function buildOverlayLayer(
  Konva: KonvaModule,
  scene: Pick<Scene, 'captions' | 'overlays' | 'endCard'>,
  options: OverlayLayerOptions,
): KonvaGroup {
  const layer = new Konva.Group({
    name: OVERLAY_LAYER_NAME,
    listening: options.mode === 'preview',
  });
  for (const overlay of scene.overlays) layer.add(overlayNode(Konva, overlay, options));
  for (const caption of scene.captions) layer.add(captionNode(Konva, caption, options));
  if (scene.endCard) layer.add(endCardNode(Konva, scene.endCard));
  return layer;
}

/**
 * Replaces whatever `container` holds with the scene's overlay layer. The caller draws: the
 * preview batches redraws with its other layers, the export draws synchronously.
 */
export function replaceOverlayLayer(
  Konva: KonvaModule,
  container: KonvaLayer | KonvaGroup,
  scene: Pick<Scene, 'captions' | 'overlays' | 'endCard'>,
  options: OverlayLayerOptions,
): KonvaGroup {
  container.destroyChildren();
  const group = buildOverlayLayer(Konva, scene, options);
  container.add(group);
  return group;
}

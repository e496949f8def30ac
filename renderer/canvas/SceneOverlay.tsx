import Konva from 'konva';
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { Group } from 'react-konva';
import type { ProjectDocument } from '../../shared/model';
import { replaceOverlayLayer } from '../../shared/scene/konva-builder';
import { overlayLayerKey, type OverlayLayerState } from '../../shared/scene/overlay-segments';
import { useApi } from '../api';
import { documentFallbackFamilies, useSceneFontsReady } from './useSceneFontsReady';
import type { PreviewInspector } from './preview-inspector';
import { BrowserSceneAssets } from './scene-assets';

const EMPTY_LAYER: Pick<OverlayLayerState, 'captions' | 'overlays'> = {
  captions: [],
  overlays: [],
};

/** What the layer shows, including the ids the nodes are named after (the export's key omits them). */
function layerIdentity(state: OverlayLayerState | null): string {
  if (state === null) return 'none';
  const ids = [...state.overlays.map((o) => o.id), ...state.captions.map((c) => c.cueId)];
  return `${overlayLayerKey(state)}|${ids.join(',')}`;
}

/**
 * The scene layer as the export draws it, at frame size (1080x1920), whatever the preview's
 * zoom: the frame group's fit transform is lifted for the duration of the draw.
 */
function frameSizePng(group: Konva.Group, frame: { width: number; height: number }): string {
  const fitGroup = group.getParent();
  const saved = fitGroup?.getAttrs() as Konva.ContainerConfig | undefined;
  const restore = saved
    ? { x: saved.x ?? 0, y: saved.y ?? 0, scaleX: saved.scaleX ?? 1, scaleY: saved.scaleY ?? 1 }
    : null;
  fitGroup?.setAttrs({ x: 0, y: 0, scaleX: 1, scaleY: 1 });
  try {
    return group.toDataURL({ x: 0, y: 0, width: frame.width, height: frame.height, pixelRatio: 1 });
  } finally {
    if (restore) fitGroup?.setAttrs(restore);
  }
}

/**
 * The scene's overlay layer (captions, overlays, citation chips) at `timeMs` (`layer`, resolved
 * by the parent from the document, or from the preview of an edit in progress), drawn by the
 * shared builder into a group in frame coordinates and clipped to the frame like the export.
 * Draws once the scene fonts are loaded, again whenever a picture finishes loading, and during
 * playback only when the layer's look changes (a still caption is built once, not per frame).
 */
export function SceneOverlay({
  doc,
  projectId,
  timeMs,
  layer,
  inspector,
}: {
  doc: ProjectDocument;
  projectId: string;
  timeMs: number;
  layer: OverlayLayerState | null;
  inspector?: PreviewInspector;
}): ReactElement {
  const api = useApi();
  const groupRef = useRef<Konva.Group>(null);
  const fallbacks = useMemo(() => documentFallbackFamilies(doc), [doc]);
  const fontsReady = useSceneFontsReady(fallbacks);
  const [loadedAssets, setLoadedAssets] = useState(0);
  const assets = useMemo(
    () =>
      new BrowserSceneAssets(
        api,
        projectId,
        () => setLoadedAssets((count) => count + 1),
        (what, error) => console.warn(`Preview could not load ${what}:`, error),
      ),
    [api, projectId],
  );

  const identity = layerIdentity(layer);
  const layerRef = useRef(layer);
  layerRef.current = layer;

  useEffect(() => {
    const group = groupRef.current;
    if (!group || !fontsReady) return;
    replaceOverlayLayer(Konva, group, layerRef.current ?? EMPTY_LAYER, {
      mode: 'preview',
      assets,
    });
    group.getLayer()?.batchDraw();
  }, [identity, fontsReady, assets, loadedAssets]);

  const { width, height } = doc.format;
  useEffect(() => {
    if (inspector === undefined) return;
    inspector.scene = { timeMs, fontsReady, loadingAssets: assets.loadingCount };
    inspector.sceneSnapshot = () => {
      const group = groupRef.current;
      if (!group) throw new Error('the scene layer is not on the stage');
      return frameSizePng(group, { width, height });
    };
  });

  return <Group ref={groupRef} clipX={0} clipY={0} clipWidth={width} clipHeight={height} />;
}

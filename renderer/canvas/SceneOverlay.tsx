import Konva from 'konva';
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { Group } from 'react-konva';
import type { ProjectDocument } from '../../shared/model';
import { replaceOverlayLayer } from '../../shared/scene/konva-builder';
import { sceneAt } from '../../shared/scene/scene-at';
import type { Scene } from '../../shared/scene/types';
import { useApi } from '../api';
import { loadSceneFonts } from './fonts';
import { BrowserSceneAssets } from './scene-assets';

/**
 * The scene's overlay layer (captions, overlays, citation chips) at `timeMs`, drawn by the
 * shared builder into a group in frame coordinates and clipped to the frame like the export.
 * Draws once the scene fonts are loaded, and again whenever a picture finishes loading.
 */
export function SceneOverlay({
  doc,
  projectId,
  timeMs,
}: {
  doc: ProjectDocument;
  projectId: string;
  timeMs: number;
}): ReactElement {
  const api = useApi();
  const groupRef = useRef<Konva.Group>(null);
  const [fontsReady, setFontsReady] = useState(false);
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

  useEffect(() => {
    let live = true;
    loadSceneFonts().then(
      () => {
        if (live) setFontsReady(true);
      },
      (error: unknown) => console.warn('Preview fonts failed to load:', error),
    );
    return () => {
      live = false;
    };
  }, []);

  const scene = useMemo((): Scene | null => {
    try {
      return sceneAt(doc, Math.max(0, Math.floor(timeMs)));
    } catch (error) {
      console.warn('Preview cannot show this time:', error);
      return null;
    }
  }, [doc, timeMs]);

  useEffect(() => {
    const group = groupRef.current;
    if (!group || !fontsReady) return;
    replaceOverlayLayer(Konva, group, scene ?? { captions: [], overlays: [] }, {
      mode: 'preview',
      assets,
    });
    group.getLayer()?.batchDraw();
  }, [scene, fontsReady, assets, loadedAssets]);

  return (
    <Group
      ref={groupRef}
      clipX={0}
      clipY={0}
      clipWidth={doc.format.width}
      clipHeight={doc.format.height}
    />
  );
}

import type { PreviewClock, PreviewClockState } from './preview-clock';

/**
 * A read-mostly window into the preview for end-to-end tests, installed as
 * `window.__medclipPreview` only when the page was opened with `?e2e=1`. It reads what the
 * preview drew and moves the playhead as the transport buttons do; it changes no document and
 * reaches no API beyond drawing the export's overlay layer for comparison.
 */

export interface SceneDrawStatus {
  /** The playhead time the scene layer was last built for. */
  timeMs: number;
  fontsReady: boolean;
  /** Pictures (icons, images) still loading; the layer redraws when each arrives. */
  loadingAssets: number;
}

export interface VideoDrawStatus {
  /** The playhead time the footage layer was last drawn for. */
  timeMs: number;
  /** The active clip's media, or null in a gap. */
  mediaId: string | null;
  /** Where the active element is, on the timeline (ms), or null without one. */
  elementTimelineMs: number | null;
  /** The drawn picture is exactly the playhead's (true in a gap, false while seeking). */
  exact: boolean;
  /** Frames drawn so far. */
  drawnFrames: number;
  /** Where the footage is composited: a worker, or the page's thread (the fallback). */
  painter: 'worker' | 'page';
}

export interface PreviewTestHook {
  state(): PreviewClockState & { scene: SceneDrawStatus | null; video: VideoDrawStatus | null };
  seek(ms: number): void;
  play(): void;
  pause(): void;
  /** True when both layers show the playhead's time with everything loaded. */
  settled(): boolean;
  /** The scene layer alone (captions, overlays, chips) at frame size, as a PNG data URL. */
  sceneLayerPng(): string | null;
  /** The whole frame as shown (footage and scene), at display size, as a PNG data URL. */
  framePng(): string | null;
  /** The export's overlay layer at `timeMs` (the engine's Node-side drawing), as a PNG data URL. */
  exportSceneFrame(timeMs: number): Promise<string>;
}

declare global {
  interface Window {
    __medclipPreview?: PreviewTestHook;
  }
}

export function previewTestHookWanted(search: string): boolean {
  return new URLSearchParams(search).get('e2e') === '1';
}

export class PreviewInspector {
  scene: SceneDrawStatus | null = null;
  video: VideoDrawStatus | null = null;
  sceneSnapshot: (() => string) | null = null;
  frameSnapshot: (() => string) | null = null;

  constructor(
    private readonly clock: PreviewClock,
    private readonly exportSceneFrame: (timeMs: number) => Promise<string>,
  ) {}

  hook(): PreviewTestHook {
    return {
      state: () => ({ ...this.clock.getSnapshot(), scene: this.scene, video: this.video }),
      seek: (ms) => this.clock.seek(ms),
      play: () => this.clock.play(),
      pause: () => this.clock.pause(),
      settled: () => {
        const { timeMs } = this.clock.getSnapshot();
        const { scene, video } = this;
        return (
          scene !== null &&
          scene.timeMs === timeMs &&
          scene.fontsReady &&
          scene.loadingAssets === 0 &&
          video !== null &&
          video.timeMs === timeMs &&
          video.exact
        );
      },
      sceneLayerPng: () => this.sceneSnapshot?.() ?? null,
      framePng: () => this.frameSnapshot?.() ?? null,
      exportSceneFrame: (timeMs) => this.exportSceneFrame(timeMs),
    };
  }

  /** Puts the hook on `win`; returns its removal. */
  install(win: Window): () => void {
    win.__medclipPreview = this.hook();
    return () => {
      delete win.__medclipPreview;
    };
  }
}

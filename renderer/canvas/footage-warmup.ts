import type { MediaProbe } from '../../shared/model/probe';
import type { SceneBlurRegion, SceneVideo } from '../../shared/scene/types';
import type { Size } from '../../shared/scene/reframe-geometry';
import type { Surface, VideoCompositor } from './video-compositor';
import { videoDrawPlan, type VideoDrawPlan } from './video-layout';

/**
 * A footage worker's first composite costs about half a second (the canvas and filter code,
 * the YUV conversion of the first video frame), paid by the first picture of an opened project.
 * A booted spare worker pays it on the start screen instead, with small made-up pictures that
 * take every path: fill with each blur style, and fit on a blurred backdrop.
 */

const WARM_PICTURE: Size = { width: 64, height: 36 };
const WARM_FRAME: Size = { width: 1080, height: 1920 };
const WARM_SCALE = 0.25;

const warmProbe: MediaProbe = {
  kind: 'video',
  container: 'mov,mp4,m4a,3gp,3g2,mj2',
  durationMs: 1000,
  width: WARM_PICTURE.width,
  height: WARM_PICTURE.height,
  rotation: 0,
  mirrored: false,
  variableFrameRate: false,
  hasVideo: true,
  hasAudio: false,
  hdr: false,
  startTimeMs: 0,
};

function warmRegions(): SceneBlurRegion[] {
  const styles = ['gaussian', 'pixelate', 'solid'] as const;
  return styles.map((style, index) => ({
    id: `warm_${style}`,
    source: index === 0 ? 'face' : 'manual',
    mediaId: 'warm',
    box: { x: 20 + index * 4, y: 8, width: 12, height: 14 },
    style,
  }));
}

/** The plans the warm-up draws: one per reframe path, each with every blur style. */
export function warmUpPlans(): VideoDrawPlan[] {
  const base = { clipId: 'warm', mediaId: 'warm', sourceMs: 0 };
  const videos: SceneVideo[] = [
    { ...base, reframe: { mode: 'fill', focus: { x: 0.5, y: 0.5 } } },
    { ...base, reframe: { mode: 'fit-blur', blurStrength: 40 } },
  ];
  return videos.flatMap((video) => {
    const plan = videoDrawPlan(video, warmRegions(), warmProbe, WARM_PICTURE, WARM_FRAME);
    return plan ? [plan] : [];
  });
}

/** A decoded-video-like picture (I420, as decoders give) or, failing that, a canvas. */
function warmPicture(): CanvasImageSource & { close?: () => void } {
  const { width, height } = WARM_PICTURE;
  try {
    const data = new Uint8Array(width * height * 1.5).fill(128);
    return new VideoFrame(data, {
      format: 'I420',
      codedWidth: width,
      codedHeight: height,
      timestamp: 0,
    });
  } catch {
    return new OffscreenCanvas(width, height);
  }
}

/** A made-up picture staged the way real frames are (frame-staging.ts); closes it when done. */
export type WarmStage = (
  picture: CanvasImageSource & { close?: () => void },
  plan: VideoDrawPlan,
  size: Size,
) => Promise<unknown>;

/**
 * The warm-up as steps, one composite each, on `compositor` (a throwaway one: its canvases are
 * not kept), and one staged copy of a frame when `stage` is given.
 */
export function warmUpSteps<S extends Surface>(
  compositor: VideoCompositor<S>,
  picture: () => CanvasImageSource & { close?: () => void } = warmPicture,
  stage: WarmStage | null = null,
): (() => void)[] {
  const plans = warmUpPlans();
  const staging = stage === null || plans[0] === undefined ? [] : [stage];
  return [
    () => compositor.setResolution(WARM_FRAME, WARM_SCALE),
    ...plans.map((plan) => () => {
      const source = picture();
      try {
        compositor.draw(plan, source, WARM_PICTURE, '#000000');
      } finally {
        source.close?.();
      }
    }),
    ...staging.map((copy) => () => {
      const source = picture();
      // Not waited for: a warm-up step only starts it.
      void copy(source, plans[0]!, WARM_PICTURE)
        .catch(() => undefined)
        .finally(() => source.close?.());
    }),
  ];
}

/** Started by the `warmup` request; any other request stops what is left of it. */
export interface WarmUp {
  start(): void;
  stop(): void;
}

export const NO_WARM_UP: WarmUp = { start: () => undefined, stop: () => undefined };

/**
 * Runs the warm-up one step per task (`schedule`, a setTimeout in the worker), so a request that
 * arrives meanwhile is served after the current step instead of after the whole warm-up: the
 * editor's first picture, asked for while a spare worker is still warming up (a click on the
 * start screen's first moment), then waited over a second for it on a busy 2-core machine.
 * A step that throws ends the warm-up quietly: it is only a head start.
 */
export function steppedWarmUp(
  steps: () => (() => void)[],
  schedule: (run: () => void) => void,
): WarmUp {
  let pending: (() => void)[] = [];
  let running = false;
  const next = () => {
    const step = pending.shift();
    if (step === undefined) {
      running = false;
      return;
    }
    try {
      step();
    } catch {
      pending = [];
    }
    schedule(next);
  };
  return {
    start() {
      if (running) return;
      running = true;
      try {
        pending = steps();
      } catch {
        pending = [];
      }
      schedule(next);
    },
    stop() {
      pending = [];
    },
  };
}

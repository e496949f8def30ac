import type Konva from 'konva';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { Image as KonvaImage } from 'react-konva';
import type { ProjectDocument, VideoClip } from '../../shared/model';
import { sceneBlurRegionsAt, sceneVideoAt } from '../../shared/scene/scene-video';
import type { SceneVideo } from '../../shared/scene/types';
import { useApi } from '../api';
import { mediaUrl } from '../api/media-url';
import type { PreviewClock } from './preview-clock';
import type { PreviewInspector } from './preview-inspector';
import type { PreviewLoop } from './preview-loop';
import { AudioPool } from './audio-pool';
import { audioClipsNear } from './audio-sync';
import {
  FootageDrawer,
  footageWorkerSupported,
  startFootageWorker,
  type FootagePainter,
} from './footage-painter';
import { isStillImage, MediaStills } from './media-stills';
import { firstPictureShown } from '../editor/first-picture';
import { onOpeningStill, openingStillFor, releaseOpeningStill } from './opening-still';
import { PRELOAD_AHEAD_MS, upcomingVideo } from './video-cuts';
import { videoDrawPlan } from './video-layout';
import { MAX_AUDIBLE_RATE, VideoPool } from './video-pool';

/** How much of the gap to the media clock the playhead closes per frame while playing. */
const FOLLOW_FRACTION = 0.2;

/** Media the preview can play: video files on the video track that are where the project says. */
function playableMediaIds(doc: ProjectDocument): string[] {
  const playable = new Set(
    doc.media
      .filter((asset) => asset.probe.kind === 'video' && asset.probe.hasVideo && !asset.missing)
      .map((asset) => asset.id),
  );
  return [...new Set(doc.tracks.video.map((clip) => clip.mediaId))].filter((id) =>
    playable.has(id),
  );
}

function activeAt(
  doc: ProjectDocument,
  timeMs: number,
): { video: SceneVideo; clip: VideoClip } | null {
  let video: SceneVideo | null;
  try {
    video = sceneVideoAt(doc, timeMs);
  } catch {
    return null;
  }
  const clip = video && doc.tracks.video.find((candidate) => candidate.id === video.clipId);
  return video && clip ? { video, clip } : null;
}

/**
 * The footage under the scene layer: the frame at the playhead from hidden <video> elements
 * (video-pool.ts), reframed and blurred like the export (see video-layout.ts), composited for
 * each new video frame while playing and whenever the playhead, the document or the picture
 * changes, in a worker where the browser allows (footage-painter.ts).
 * The audio track plays alongside from hidden <audio> elements (audio-pool.ts) that follow the
 * same clock. `resolution` is output pixels per frame pixel (stage zoom times pixel ratio).
 */
export function VideoLayer({
  doc,
  projectId,
  clock,
  loop,
  resolution,
  inspector,
}: {
  doc: ProjectDocument;
  projectId: string;
  clock: PreviewClock;
  loop: PreviewLoop;
  resolution: number;
  inspector?: PreviewInspector;
}): ReactElement {
  const api = useApi();
  const imageRef = useRef<Konva.Image>(null);
  // What the image shows until the first picture: nothing.
  const [blank] = useState(() => document.createElement('canvas'));
  const painterRef = useRef<FootagePainter | null>(null);
  const docRef = useRef(doc);
  const dirty = useRef(true);
  const { width, height } = doc.format;
  const resolutionRef = useRef({ frame: { width, height }, scale: resolution });

  useEffect(() => {
    docRef.current = doc;
    dirty.current = true;
  }, [doc]);

  useEffect(() => {
    resolutionRef.current = { frame: { width, height }, scale: resolution };
    painterRef.current?.setResolution({ width, height }, resolution);
    dirty.current = true;
  }, [width, height, resolution]);

  useEffect(() => {
    const container = document.createElement('div');
    container.className = 'preview-videos';
    container.setAttribute('aria-hidden', 'true');
    document.body.appendChild(container);
    const urlFor = (mediaId: string) => mediaUrl(api.host, projectId, mediaId);
    const warn = (mediaId: string, message: string) =>
      console.warn(`Preview cannot play media ${mediaId}: ${message}`);
    const pool = new VideoPool(
      container,
      urlFor,
      () => {
        dirty.current = true;
      },
      warn,
    );
    const audioContainer = document.createElement('div');
    audioContainer.className = 'preview-audio';
    audioContainer.setAttribute('aria-hidden', 'true');
    document.body.appendChild(audioContainer);
    const audio = new AudioPool(audioContainer, urlFor, warn);
    let drawnFrames = 0;
    let drawnTimeMs = -1;
    /**
     * A still drawn for this playhead and document: what shows until the worker's picture of the
     * element's frame (the same frame) replaces it, so the picture stays exact meanwhile.
     */
    let stillShown: { timeMs: number; doc: ProjectDocument } | null = null;
    let seenMoves = clock.getSnapshot().moves;
    const markDirty = () => {
      dirty.current = true;
    };
    const painter = new FootageDrawer(
      (picture, late) => {
        const image = imageRef.current;
        if (image === null) {
          if (picture instanceof ImageBitmap) picture.close();
          return;
        }
        const shown = image.image();
        image.image(picture);
        image.getLayer()?.draw();
        if (shown instanceof ImageBitmap && shown !== picture) shown.close();
        drawnFrames += 1;
        // A picture from the worker: it replaced any still, and the next frame reports it (see
        // `exact` below).
        if (late) {
          stillShown = null;
          markDirty();
        }
      },
      markDirty,
      footageWorkerSupported() ? startFootageWorker : null,
    );
    painter.setResolution(resolutionRef.current.frame, resolutionRef.current.scale);
    painterRef.current = painter;

    const onFrame = (nowMs: number) => {
      const current = docRef.current;
      const { timeMs, playing, fps, rate, waiting, moves } = clock.getSnapshot();
      const moved = moves !== seenMoves;
      seenMoves = moves;
      const active = activeAt(current, timeMs);
      const playable = playableMediaIds(current);
      pool.setMedia(playable);
      // Backward shuttling shows stills: the elements seek frame by frame behind the clock.
      const forward = playing && rate > 0;
      const upcoming = upcomingVideo(
        current.tracks.video,
        active?.clip ?? null,
        timeMs,
        PRELOAD_AHEAD_MS * Math.max(1, Math.abs(rate)),
        (mediaId) => playable.includes(mediaId),
      );
      const sync = pool.sync(
        active && {
          clipId: active.clip.id,
          mediaId: active.video.mediaId,
          sourceMs: active.video.sourceMs,
          volume: active.clip.volume,
          muted: active.clip.muted,
        },
        upcoming,
        { playing: forward, rate: forward ? rate : 1, moved },
        1000 / fps,
      );
      clock.setWaiting(sync.waiting);
      audio.sync(
        audioClipsNear(current, timeMs),
        { timeMs, audible: forward && rate <= MAX_AUDIBLE_RATE, rate, frameMs: 1000 / fps },
        waiting || sync.waiting,
        nowMs,
      );
      if (active && sync.adoptSourceMs !== null) {
        clock.adopt(active.clip.start + (sync.adoptSourceMs - active.clip.in));
      } else if (active && sync.followSourceMs !== null) {
        clock.slew(active.clip.start + (sync.followSourceMs - active.clip.in), FOLLOW_FRACTION);
      }
      if (!playing && !dirty.current && drawnTimeMs === timeMs) return;
      dirty.current = false;
      drawnTimeMs = timeMs;

      const element = active ? pool.picture() : null;
      // Until the element has a picture, the engine's still of the opening frame stands in.
      if (element !== null) releaseOpeningStill();
      const asset = active && current.media.find((a) => a.id === active.video.mediaId);
      // A photo on the video track is a still for as long as its clip lasts.
      const image = active && isStillImage(asset ?? undefined);
      const still =
        active && element === null
          ? image
            ? stills.get(active.video.mediaId)
            : openingStillFor(projectId, active.video.mediaId, active.video.sourceMs)
          : null;
      const pictureSize = element
        ? { width: element.videoWidth, height: element.videoHeight }
        : still && { width: still.width, height: still.height };
      const plan =
        active && pictureSize && asset
          ? videoDrawPlan(
              active.video,
              sceneBlurRegionsAt(current, active.video),
              asset.probe,
              pictureSize,
              current.format,
            )
          : null;
      if (stillShown && (stillShown.timeMs !== timeMs || stillShown.doc !== current)) {
        stillShown = null;
      }
      if (plan && element) {
        painter.paint(plan, element, current.format.background);
      } else if (plan && still) {
        const key = `${image ? 'image' : 'opening'}:${asset?.id ?? ''}`;
        painter.paintStill(plan, still.picture, key, current.format.background);
        stillShown = { timeMs, doc: current };
      } else if (element !== null || !active || !pool.has(active.video.mediaId)) {
        painter.paintEmpty(current.format.background);
      }
      // Otherwise the element is seeking or loading: the last picture stays up (no black
      // flash); its next picture marks the layer dirty again.
      // A clip whose media cannot play shows the background: that is final too.
      const exact =
        stillShown !== null ||
        (!painter.busy() &&
          (active === null ||
            (image ? !stills.pending(active.video.mediaId) : !pool.has(active.video.mediaId)) ||
            pool.isAt(active.video.sourceMs)));
      if (exact) firstPictureShown();
      if (inspector) {
        inspector.video = {
          timeMs,
          mediaId: active?.video.mediaId ?? null,
          elementTimelineMs:
            active && element
              ? active.clip.start + (element.currentTime * 1000 - active.clip.in)
              : null,
          exact,
          drawnFrames,
          painter: painter.offThread ? 'worker' : 'page',
        };
      }
    };
    const stills = new MediaStills(api, projectId, markDirty);
    const stop = loop.onFrame(onFrame);
    const stopStills = onOpeningStill(markDirty);
    return () => {
      stop();
      stopStills();
      stills.destroy();
      painter.destroy();
      painterRef.current = null;
      pool.destroy();
      audio.destroy();
      container.remove();
      audioContainer.remove();
      if (inspector) inspector.video = null;
    };
  }, [api, projectId, clock, loop, inspector]);

  return (
    <KonvaImage
      ref={imageRef}
      image={blank}
      x={0}
      y={0}
      width={width}
      height={height}
      listening={false}
    />
  );
}

import type { ReactElement } from 'react';
import type { OverlayKind, ProjectDocument } from '../../shared/model';
import { interpolateTransform } from '../../shared/scene/interpolate';
import { resolvedCaptionStyle } from '../../shared/scene/scene-captions';
import type { SelectedItem } from '../editor/selection';
import {
  clipSourceMs,
  focusAtPlayhead,
  keyframeNear,
  keyframeToleranceMs,
  overlayLocalMs,
  overlayShowsAt,
} from './edit-plan';

const OVERLAY_NAMES: Record<OverlayKind, string> = {
  icon: 'Icon',
  callout: 'Callout',
  shape: 'Shape',
  image: 'Image',
  text: 'Text',
  citationChip: 'Citation chip',
};

/** What the readout says about one selected item, and the numbers tests read. */
export interface Readout {
  kind: SelectedItem['kind'];
  id: string;
  title: string;
  facts: string[];
  data: Record<string, string>;
}

const px = (value: number) => String(Math.round(value));

/** The readout of one selected item at the playhead, or null for what it does not cover. */
export function readoutOf(
  doc: ProjectDocument,
  item: SelectedItem,
  playheadMs: number,
): Readout | null {
  const { width, height, fps } = doc.format;
  const tolerance = keyframeToleranceMs(fps);
  if (item.kind === 'overlay') {
    const overlay = doc.tracks.overlays.find((candidate) => candidate.id === item.id);
    if (overlay === undefined) return null;
    const local = overlayLocalMs(overlay, playheadMs);
    const values = interpolateTransform(overlay.transform, local);
    const keyed =
      overlayShowsAt(overlay, playheadMs) &&
      keyframeNear(overlay.transform, local, tolerance) !== undefined;
    const x = values.x * width;
    const y = values.y * height;
    return {
      ...item,
      title: OVERLAY_NAMES[overlay.kind],
      facts: [
        `X ${px(x)}`,
        `Y ${px(y)}`,
        `${Math.round(values.scale * 100)}%`,
        `${Math.round(values.rotation)}°`,
        `${keyed ? '◆' : '◇'} ${overlay.transform.length}`,
      ],
      data: {
        x: px(x),
        y: px(y),
        scale: values.scale.toFixed(3),
        rotation: values.rotation.toFixed(1),
        keyframes: String(overlay.transform.length),
        keyframeAtPlayhead: String(keyed),
      },
    };
  }
  if (item.kind === 'caption') {
    const cue = doc.tracks.captions.find((candidate) => candidate.id === item.id);
    if (cue === undefined) return null;
    const { position } = resolvedCaptionStyle(doc, cue);
    return {
      ...item,
      title: 'Caption',
      facts: [`X ${px(position.x * width)}`, `Y ${px(position.y * height)}`],
      data: { x: px(position.x * width), y: px(position.y * height) },
    };
  }
  if (item.kind === 'clip') {
    const clip = doc.tracks.video.find((candidate) => candidate.id === item.id);
    if (clip === undefined) return null;
    if (clip.reframe.mode !== 'fill') {
      return { ...item, title: 'Clip', facts: [`Reframe ${clip.reframe.mode}`], data: {} };
    }
    const focus = focusAtPlayhead(clip, playheadMs);
    const keyed =
      keyframeNear(clip.reframe.focus, clipSourceMs(clip, playheadMs), tolerance) !== undefined;
    return {
      ...item,
      title: 'Clip focus',
      facts: [
        `${Math.round(focus.x * 100)}% × ${Math.round(focus.y * 100)}%`,
        `${keyed ? '◆' : '◇'} ${clip.reframe.focus.length}`,
      ],
      data: {
        focusX: focus.x.toFixed(4),
        focusY: focus.y.toFixed(4),
        keyframes: String(clip.reframe.focus.length),
        keyframeAtPlayhead: String(keyed),
      },
    };
  }
  return null;
}

/**
 * A small line over the canvas's corner naming the selection and its numbers at the playhead
 * (position in frame pixels, scale, rotation, keyframes: ◆ when one is at the playhead). It
 * follows a drag as it happens.
 */
export function SelectionReadout({
  doc,
  selection,
  playheadMs,
}: {
  doc: ProjectDocument;
  selection: readonly SelectedItem[];
  playheadMs: number;
}): ReactElement | null {
  if (selection.length === 0) return null;
  const first = selection[0];
  const readout = selection.length === 1 && first ? readoutOf(doc, first, playheadMs) : null;
  if (readout === null) {
    return (
      <div className="canvas-readout" data-testid="canvas-selection" data-count={selection.length}>
        <strong>{selection.length} selected</strong>
      </div>
    );
  }
  const data = Object.fromEntries(
    Object.entries(readout.data).map(([key, value]) => [
      `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
      value,
    ]),
  );
  return (
    <div
      className="canvas-readout"
      data-testid="canvas-selection"
      data-count={1}
      data-kind={readout.kind}
      data-id={readout.id}
      {...data}
    >
      <strong>{readout.title}</strong>
      {readout.facts.map((fact) => (
        <span key={fact}>{fact}</span>
      ))}
    </div>
  );
}

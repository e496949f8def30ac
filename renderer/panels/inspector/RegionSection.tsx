import { useState, type ReactElement } from 'react';
import { invocation } from '../../../shared/commands';
import type { BlurStyle, ManualRegion, PixelBox, ProjectDocument } from '../../../shared/model';
import { interpolateBox } from '../../../shared/scene/interpolate';
import { keyframeNear } from '../../canvas/edit-plan';
import { regionContextAt } from '../../canvas/region-plan';
import { useEditorServices } from '../../editor/editor-context';
import { SelectField, TextField, TimecodeField, type SelectOption } from './fields';
import { formatTimecode } from './fields/parse';
import { keyTolerance } from './keyframes';
import { ReadRow, Section } from './Section';
import { useInspectorEdits } from './useInspectorEdits';
import { sameFields, usePlayheadValue } from './usePlayhead';

export const BLUR_STYLE_OPTIONS: readonly SelectOption<BlurStyle>[] = [
  { value: 'gaussian', label: 'Strong blur' },
  { value: 'pixelate', label: 'Pixelate' },
  { value: 'solid', label: 'Solid box' },
];

const boxText = (box: PixelBox) =>
  `${Math.round(box.x)}, ${Math.round(box.y)} · ${Math.round(box.width)}×${Math.round(box.height)}`;

/** The region keyframe within half a frame of `sourceMs`, as an index; -1 when none. */
function keyIndexAt(region: ManualRegion, sourceMs: number, fps: number): number {
  const near = keyframeNear(region.keyframes, sourceMs, keyTolerance(fps));
  return near === undefined ? -1 : region.keyframes.indexOf(near);
}

/** Where a source time of the region's media shows on the timeline (the first clip showing it). */
function timelineTimeOf(doc: ProjectDocument, region: ManualRegion, sourceMs: number) {
  const clip = doc.tracks.video.find(
    (item) => item.mediaId === region.mediaId && sourceMs >= item.in && sourceMs < item.out,
  );
  return clip === undefined ? undefined : clip.start + sourceMs - clip.in;
}

/**
 * A manual blur region: its label, when it blurs (source-media time of its file), its blur
 * style, and its keyframes (where the box is at a source time), keyed at the playhead. Every
 * change is a privacy command; the box itself is moved on the canvas.
 */
export function RegionSection({
  region,
  doc,
  disabled,
}: {
  region: ManualRegion;
  doc: ProjectDocument;
  disabled: boolean;
}): ReactElement {
  const { clock } = useEditorServices();
  const edits = useInspectorEdits();
  const [error, setError] = useState<string | null>(null);
  const { fps } = doc.format;
  const media = doc.media.find((asset) => asset.id === region.mediaId);
  const sourceAt = (playheadMs: number) => {
    const context = regionContextAt(doc, playheadMs);
    return context === null || context.mediaId !== region.mediaId ? null : context.sourceMs;
  };
  const live = usePlayheadValue(
    clock,
    fps,
    (ms) => {
      const sourceMs = sourceAt(ms);
      return {
        sourceMs: sourceMs ?? -1,
        at: sourceMs === null ? -1 : keyIndexAt(region, sourceMs, fps),
      };
    },
    sameFields,
  );
  const onKey = live.at >= 0;
  const mediaEnd = media && media.probe.durationMs > 0 ? media.probe.durationMs : undefined;

  const toggleKeyframe = () => {
    const sourceMs = sourceAt(clock.timeMs);
    if (sourceMs === null) {
      setError('Move the playhead over footage of this region’s file to key it.');
      return;
    }
    const index = keyIndexAt(region, sourceMs, fps);
    const existing = region.keyframes[index];
    if (existing !== undefined) {
      setError(
        region.keyframes.length === 1
          ? 'The last keyframe holds the box; it cannot go.'
          : edits.commit(
              invocation('privacy.removeRegionKeyframe', { id: region.id, t: existing.t }),
              {
                label: 'Remove region keyframe',
              },
            ),
      );
      return;
    }
    const box = interpolateBox(region.keyframes, sourceMs);
    setError(
      edits.commit(invocation('privacy.setRegionKeyframe', { id: region.id, t: sourceMs, box }), {
        label: 'Add region keyframe',
      }),
    );
  };

  return (
    <Section
      title="Blur region"
      actions={
        <button
          type="button"
          className="btn btn--ghost"
          disabled={disabled}
          data-testid="region-delete"
          onClick={() =>
            setError(
              edits.commit(invocation('privacy.removeRegion', { id: region.id }), {
                label: 'Delete blur region',
              }),
            )
          }
        >
          Delete
        </button>
      }
    >
      <TextField
        label="Label"
        value={region.label ?? ''}
        placeholder="What it hides (name badge, monitor)"
        disabled={disabled}
        testId="region-label"
        validate={(text) =>
          text.length > 200
            ? { ok: false, message: `At most 200 characters (this is ${text.length}).` }
            : { ok: true, value: text.trim() }
        }
        onCommit={(label, step) =>
          edits.commit(invocation('privacy.setRegionLabel', { id: region.id, label }), {
            step,
            label: 'Rename blur region',
          })
        }
      />
      <ReadRow label="Footage">{media?.name ?? region.mediaId}</ReadRow>
      <TimecodeField
        label="Blurs from"
        valueMs={region.startMs}
        fps={fps}
        min={0}
        max={region.endMs - 1}
        hint="Time in the footage file"
        disabled={disabled}
        testId="region-start"
        onCommit={(startMs, step) =>
          edits.commit(
            invocation('privacy.setRegionSpan', { id: region.id, startMs, endMs: region.endMs }),
            { step, label: 'Set blur region span' },
          )
        }
      />
      <TimecodeField
        label="Blurs until"
        valueMs={region.endMs}
        fps={fps}
        min={region.startMs + 1}
        {...(mediaEnd === undefined ? {} : { max: Math.max(mediaEnd, region.endMs) })}
        disabled={disabled}
        testId="region-end"
        onCommit={(endMs, step) =>
          edits.commit(
            invocation('privacy.setRegionSpan', { id: region.id, startMs: region.startMs, endMs }),
            { step, label: 'Set blur region span' },
          )
        }
      />
      <SelectField
        label="Blur style"
        value={region.blurStyle}
        options={BLUR_STYLE_OPTIONS}
        disabled={disabled}
        testId="region-style"
        onCommit={(style) =>
          edits.commit(invocation('privacy.setBlurStyle', { id: region.id, style }), {
            label: 'Set blur style',
          })
        }
      />
      <div className="insp-keyframes" role="group" aria-label="Region keyframes">
        <div className="insp-keyframes__bar">
          <button
            type="button"
            className="btn insp-keyframes__toggle"
            aria-pressed={onKey}
            disabled={disabled || live.sourceMs < 0 || (onKey && region.keyframes.length === 1)}
            onClick={toggleKeyframe}
            data-testid="region-keyframe-toggle"
          >
            <span className="insp-diamond" data-filled={onKey} aria-hidden="true" />
            {onKey ? 'Remove keyframe at playhead' : 'Add keyframe at playhead'}
          </button>
        </div>
        <ol className="insp-keyframes__list">
          {region.keyframes.map((keyframe, index) => {
            const timelineMs = timelineTimeOf(doc, region, keyframe.t);
            const shown = formatTimecode(keyframe.t, fps);
            return (
              <li
                key={keyframe.t}
                className="insp-kf"
                data-active={index === live.at}
                data-testid="region-keyframe"
              >
                <div className="insp-kf__row">
                  <button
                    type="button"
                    className="insp-kf__go"
                    aria-label={`Go to keyframe ${index + 1} at ${shown}`}
                    disabled={timelineMs === undefined}
                    onClick={() => timelineMs !== undefined && clock.seek(timelineMs)}
                  >
                    <span
                      className="insp-diamond"
                      data-filled={index === live.at}
                      aria-hidden="true"
                    />
                  </button>
                  <span className="mono">{shown}</span>
                  <span className="mono insp-note">{boxText(keyframe.box)}</span>
                  <button
                    type="button"
                    className="btn btn--ghost btn--icon insp-kf__remove"
                    aria-label={`Remove keyframe ${index + 1}`}
                    disabled={disabled || region.keyframes.length === 1}
                    onClick={() =>
                      setError(
                        edits.commit(
                          invocation('privacy.removeRegionKeyframe', {
                            id: region.id,
                            t: keyframe.t,
                          }),
                          { label: 'Remove region keyframe' },
                        ),
                      )
                    }
                  >
                    ×
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        {error ? (
          <p className="insp-field__error" role="status">
            {error}
          </p>
        ) : null}
      </div>
    </Section>
  );
}

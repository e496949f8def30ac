import { z } from 'zod';
import type { ProjectDocument } from '../model/document';
import { idSchema, timeMsSchema } from '../model/common';
import {
  manualRegionSchema,
  pixelBoxSchema,
  regionKeyframesSchema,
  type ManualRegion,
} from '../model/privacy';
import { defineCommand, invoke } from './define';
import { invalidArgs, preconditionFailed } from './errors';
import { withPrivacy } from './privacy';
import { insertAt, removeAt, replaceAt, requireEntry, requireIdFree } from './update';

/**
 * Manual blur regions: adding and removing them, their keyframes, span and label. Times are
 * source-media milliseconds (the region follows its footage wherever the clip is placed).
 */

function requireRegion(doc: ProjectDocument, id: string): { index: number; item: ManualRegion } {
  return requireEntry(doc.privacy.manualRegions, id, 'blur region');
}

function withRegion(doc: ProjectDocument, index: number, region: ManualRegion): ProjectDocument {
  return withPrivacy(doc, {
    manualRegions: replaceAt(doc.privacy.manualRegions, index, region),
  });
}

export const privacyAddRegionArgs = z.object({
  /** Validated like the stored region: a span with startMs < endMs, increasing keyframes. */
  region: manualRegionSchema,
  /** Position in the region list; appended when absent. */
  index: z.number().int().nonnegative().optional(),
});
export const privacyRegionIdArgs = z.object({ id: idSchema });

export const privacyAddRegion = defineCommand({
  name: 'privacy.addRegion',
  label: 'Add blur region',
  argsSchema: privacyAddRegionArgs,
  perform(doc, { region, index }) {
    requireIdFree(doc.privacy.manualRegions, region.id, 'blur region');
    requireEntry(doc.media, region.mediaId, 'media');
    return {
      doc: withPrivacy(doc, { manualRegions: insertAt(doc.privacy.manualRegions, index, region) }),
      inverse: invoke('privacy.removeRegion', privacyRegionIdArgs, { id: region.id }),
    };
  },
});

export const privacyRemoveRegion = defineCommand({
  name: 'privacy.removeRegion',
  label: 'Remove blur region',
  argsSchema: privacyRegionIdArgs,
  perform(doc, { id }) {
    const { index, item } = requireRegion(doc, id);
    return {
      doc: withPrivacy(doc, { manualRegions: removeAt(doc.privacy.manualRegions, index) }),
      inverse: invoke('privacy.addRegion', privacyAddRegionArgs, { region: item, index }),
    };
  },
});

export const privacySetRegionKeyframesArgs = z.object({
  id: idSchema,
  /**
   * The whole list, replacing the old one. Unlike setRegionKeyframe this does not check the
   * span: it restores lists that held keyframes outside a span shortened later.
   */
  keyframes: regionKeyframesSchema,
});

/** Replaces all of a region's keyframes (the inverse of the single-keyframe edits). */
export const privacySetRegionKeyframes = defineCommand({
  name: 'privacy.setRegionKeyframes',
  label: 'Edit blur region keyframes',
  argsSchema: privacySetRegionKeyframesArgs,
  perform(doc, { id, keyframes }) {
    const { index, item } = requireRegion(doc, id);
    return {
      doc: withRegion(doc, index, { ...item, keyframes }),
      inverse: invoke('privacy.setRegionKeyframes', privacySetRegionKeyframesArgs, {
        id,
        keyframes: item.keyframes,
      }),
    };
  },
});

export const privacySetRegionKeyframeArgs = z.object({
  id: idSchema,
  /** Source-media time; must lie within the region's span [startMs, endMs]. */
  t: timeMsSchema,
  box: pixelBoxSchema,
});

/**
 * Sets the region's box at source time `t`: replaces the keyframe at exactly `t` or adds one
 * there (a canvas drag is one of these, sent on release). A `t` outside the span is refused
 * rather than clamped: a box placed where the region does not blur would silently do nothing.
 */
export const privacySetRegionKeyframe = defineCommand({
  name: 'privacy.setRegionKeyframe',
  label: 'Move blur region',
  argsSchema: privacySetRegionKeyframeArgs,
  perform(doc, { id, t, box }) {
    const { index, item } = requireRegion(doc, id);
    if (t < item.startMs || t > item.endMs) {
      invalidArgs(
        `time ${t} ms is outside blur region "${id}" (${item.startMs}–${item.endMs} ms); change its span first`,
      );
    }
    const others = item.keyframes.filter((k) => k.t !== t);
    const keyframes = [...others, { t, box }].sort((a, b) => a.t - b.t);
    return {
      doc: withRegion(doc, index, { ...item, keyframes }),
      inverse: invoke('privacy.setRegionKeyframes', privacySetRegionKeyframesArgs, {
        id,
        keyframes: item.keyframes,
      }),
    };
  },
});

export const privacyRemoveRegionKeyframeArgs = z.object({ id: idSchema, t: timeMsSchema });

/** Removes the keyframe at exactly `t`; the last one stays (remove the region instead). */
export const privacyRemoveRegionKeyframe = defineCommand({
  name: 'privacy.removeRegionKeyframe',
  label: 'Remove blur region keyframe',
  argsSchema: privacyRemoveRegionKeyframeArgs,
  perform(doc, { id, t }) {
    const { index, item } = requireRegion(doc, id);
    const keyframes = item.keyframes.filter((k) => k.t !== t);
    if (keyframes.length === item.keyframes.length) {
      preconditionFailed(`blur region "${id}" has no keyframe at ${t} ms`);
    }
    if (keyframes.length === 0) {
      preconditionFailed(
        `blur region "${id}" needs at least one keyframe; remove the region to stop blurring`,
      );
    }
    return {
      doc: withRegion(doc, index, { ...item, keyframes }),
      inverse: invoke('privacy.setRegionKeyframes', privacySetRegionKeyframesArgs, {
        id,
        keyframes: item.keyframes,
      }),
    };
  },
});

export const privacySetRegionSpanArgs = z
  .object({ id: idSchema, startMs: timeMsSchema, endMs: timeMsSchema })
  .refine((args) => args.startMs < args.endMs, {
    path: ['endMs'],
    message: 'a blur region must end after it starts',
  });

/**
 * Sets when the region blurs, in source-media ms. Keyframes are kept as they are, even outside
 * the new span (the box holds its nearest keyframe), so widening the span again restores them.
 */
export const privacySetRegionSpan = defineCommand({
  name: 'privacy.setRegionSpan',
  label: 'Set blur region span',
  argsSchema: privacySetRegionSpanArgs,
  coalesceKey: ({ id }) => `privacy.setRegionSpan:${id}`,
  perform(doc, { id, startMs, endMs }) {
    const { index, item } = requireRegion(doc, id);
    return {
      doc: withRegion(doc, index, { ...item, startMs, endMs }),
      inverse: invoke('privacy.setRegionSpan', privacySetRegionSpanArgs, {
        id,
        startMs: item.startMs,
        endMs: item.endMs,
      }),
    };
  },
});

export const privacySetRegionLabelArgs = z.object({
  id: idSchema,
  /** What the region hides ("name badge"); trimmed, and '' removes the label. */
  label: z.string().trim().max(200),
});

export const privacySetRegionLabel = defineCommand({
  name: 'privacy.setRegionLabel',
  label: 'Rename blur region',
  argsSchema: privacySetRegionLabelArgs,
  coalesceKey: ({ id }) => `privacy.setRegionLabel:${id}`,
  perform(doc, { id, label }) {
    const { index, item } = requireRegion(doc, id);
    const { label: previous, ...rest } = item;
    return {
      doc: withRegion(doc, index, label === '' ? rest : { ...rest, label }),
      inverse: invoke('privacy.setRegionLabel', privacySetRegionLabelArgs, {
        id,
        label: previous ?? '',
      }),
    };
  },
});

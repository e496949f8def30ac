import { projectDocumentSchema, staticTransform, NO_ANIMATION } from '../../../../shared/model';
import type {
  CaptionCue,
  Citation,
  Overlay,
  ProjectDocument,
  TransformKeyframe,
} from '../../../../shared/model';
import { asset, emptyDoc } from '../fixtures';

/** Documents for scene tests: a 6 s clip with captions, overlays of every kind and a citation. */

export const CITATION: Citation = {
  id: 'cit_smith',
  csl: {
    type: 'article-journal',
    title: 'Blood pressure targets in older adults',
    author: [
      { family: 'Smith', given: 'Anna' },
      { family: 'Jones', given: 'Ben' },
      { family: 'Lee', given: 'Chen' },
    ],
    issued: { 'date-parts': [[2023, 5, 4]] },
    'container-title': 'New England Journal of Medicine',
    'container-title-short': 'N Engl J Med',
  },
};

export function cue(
  id: string,
  start: number,
  end: number,
  text: string,
  extra: Partial<CaptionCue> = {},
): CaptionCue {
  return { id, start, end, text, styleId: 'style-clean', citationIds: [], ...extra };
}

export function keyframe(t: number, values: Partial<TransformKeyframe> = {}): TransformKeyframe {
  return { t, x: 0.5, y: 0.5, scale: 1, rotation: 0, opacity: 1, easing: 'linear', ...values };
}

export function iconOverlay(
  id: string,
  start: number,
  end: number,
  extra: Partial<Overlay> = {},
): Overlay {
  return {
    id,
    kind: 'icon',
    start,
    end,
    transform: staticTransform(0.5, 0.3),
    enter: NO_ANIMATION,
    exit: NO_ANIMATION,
    iconId: 'body/heart_organ',
    fill: '#E11D48',
    outline: '#FFFFFF',
    sizePx: 240,
    ...extra,
  } as Overlay;
}

export function chipOverlay(id: string, start: number, end: number): Overlay {
  return {
    id,
    kind: 'citationChip',
    start,
    end,
    transform: staticTransform(0.5, 0.12),
    enter: { type: 'fade', durationMs: 200, easing: 'easeOut' },
    exit: NO_ANIMATION,
    citationId: CITATION.id,
  };
}

/** Validates like a stored document would be. */
export function withTracks(
  parts: { captions?: CaptionCue[]; overlays?: Overlay[]; citations?: Citation[] },
  base: ProjectDocument = emptyDoc(),
): ProjectDocument {
  return projectDocumentSchema.parse({
    ...base,
    tracks: {
      ...base.tracks,
      captions: parts.captions ?? [],
      overlays: parts.overlays ?? [],
    },
    citations: parts.citations ?? base.citations,
  });
}

/** A doc with one 6 s clip, a block cue, a word-highlight cue, an icon, a callout, a shape and a chip. */
export function richDoc(): ProjectDocument {
  const base = emptyDoc();
  const withClip: ProjectDocument = {
    ...base,
    media: [asset('med_a')],
    tracks: {
      ...base.tracks,
      video: [
        {
          id: 'clip_1',
          mediaId: 'med_a',
          start: 0,
          in: 1000,
          out: 7000,
          volume: 1,
          muted: false,
          reframe: {
            mode: 'fill',
            focus: [
              { t: 1000, x: 0.2, y: 0.5, easing: 'linear' },
              { t: 3000, x: 0.8, y: 0.5, easing: 'linear' },
            ],
          },
        },
      ],
    },
  };
  return withTracks(
    {
      citations: [CITATION],
      captions: [
        cue('cue_1', 0, 2000, 'Blood pressure above 140/90 raises stroke risk', {
          citationIds: [CITATION.id],
        }),
        cue('cue_2', 2000, 4000, 'Check it every year', {
          styleId: 'style-highlight',
          words: [
            { text: 'Check', start: 0, end: 400 },
            { text: 'it', start: 400, end: 600 },
            { text: 'every', start: 700, end: 1100 },
            { text: 'year', start: 1100, end: 1600 },
          ],
        }),
      ],
      overlays: [
        iconOverlay('ovl_icon', 0, 4000, {
          enter: { type: 'pop', durationMs: 300, easing: 'linear' },
        } as Partial<Overlay>),
        {
          id: 'ovl_callout',
          kind: 'callout',
          start: 0,
          end: 4000,
          transform: staticTransform(0.3, 0.45),
          enter: { type: 'drawOn', durationMs: 400, easing: 'easeOut' },
          exit: NO_ANIMATION,
          text: 'Left ventricle',
          target: { x: 0.55, y: 0.33 },
          arrow: true,
          fontSizePx: 44,
          textColor: '#0F172A',
          background: '#FFFFFF',
          lineColor: '#FFFFFF',
          lineWidthPx: 6,
        },
        {
          id: 'ovl_badge',
          kind: 'shape',
          start: 0,
          end: 4000,
          transform: staticTransform(0.82, 0.45),
          enter: NO_ANIMATION,
          exit: NO_ANIMATION,
          shape: 'badge',
          widthPx: 110,
          heightPx: 110,
          stroke: '#FFFFFF',
          strokeWidthPx: 6,
          fill: '#F2B134',
          number: 1,
        },
        chipOverlay('ovl_chip', 0, 4000),
      ],
    },
    withClip,
  );
}

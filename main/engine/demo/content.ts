import { invocation, type CommandInvocation } from '../../../shared/commands';
import { staticTransform, type ProjectDocument } from '../../../shared/model';

/** A real source for the demo's numeric claim (Ardern et al., 2014). */
export const DEMO_CITATION = {
  type: 'article-journal',
  title:
    'Fifty-five per cent return to competitive sport following anterior cruciate ligament reconstruction surgery: an updated systematic review and meta-analysis including aspects of physical functioning and contextual factors',
  author: [
    { family: 'Ardern', given: 'Clare L' },
    { family: 'Taylor', given: 'Nicholas F' },
    { family: 'Feller', given: 'Julian A' },
    { family: 'Webster', given: 'Kate E' },
  ],
  issued: { 'date-parts': [[2014]] },
  'container-title': 'British Journal of Sports Medicine',
  'container-title-short': 'Br J Sports Med',
  volume: '48',
  issue: '21',
  page: '1543-1552',
  DOI: '10.1136/bjsports-2013-093398',
  PMID: '25157180',
};

export interface DemoIds {
  clipId: string;
  secondClipId: string;
  citationId: string;
  cueIds: [string, string, string, string];
  iconId: string;
  chipId: string;
}

/**
 * Everything the demo adds on top of its imported footage, as ordinary commands: the clip
 * split into a fit-over-blur half and a keyframed-focus half, four captions (one citing a
 * source), an anatomy icon and a citation chip.
 */
export function demoInvocations(doc: ProjectDocument, ids: DemoIds): CommandInvocation[] {
  const clip = doc.tracks.video.find((c) => c.id === ids.clipId);
  if (!clip) throw new Error(`demo: clip ${ids.clipId} is missing`);
  const half = Math.round((clip.out - clip.in) / 2);
  const cues: [number, number, string][] = [
    [0, 2800, 'Your knee has four main ligaments.'],
    [3000, 5800, 'The ACL stops the shin bone sliding forward.'],
    [6000, 8800, 'After ACL surgery, 55% return to competitive sport.'],
    [9000, 11800, 'Ask your physio when it is safe to go back.'],
  ];
  return [
    invocation('clip.trim', { id: clip.id, out: clip.in + half }),
    invocation('clip.setReframe', { id: clip.id, reframe: { mode: 'fit-blur', blurStrength: 40 } }),
    invocation('clip.add', {
      id: ids.secondClipId,
      mediaId: clip.mediaId,
      in: clip.in + half,
      out: clip.out,
      // The vertical crop drifts across the group, following the pan.
      reframe: {
        mode: 'fill',
        focus: [
          { t: clip.in + half, x: 0.35, y: 0.45, easing: 'easeInOut' },
          { t: clip.out, x: 0.65, y: 0.45, easing: 'linear' },
        ],
      },
    }),
    invocation('citation.add', {
      id: ids.citationId,
      csl: DEMO_CITATION,
      note: 'Return-to-sport rate after ACL reconstruction',
    }),
    ...cues.map(([start, end, text], i) =>
      invocation('caption.add', {
        id: ids.cueIds[i]!,
        start,
        end,
        text,
        citationIds: i === 2 ? [ids.citationId] : [],
      }),
    ),
    invocation('overlay.add', {
      overlay: {
        id: ids.iconId,
        kind: 'icon',
        iconId: 'body/joints',
        fill: '#ffffff',
        outline: '#0f766e',
        sizePx: 220,
        start: 300,
        end: 5800,
        transform: staticTransform(0.5, 0.2),
        enter: { type: 'pop', durationMs: 400, easing: 'easeOut' },
        exit: { type: 'fade', durationMs: 300, easing: 'easeIn' },
      },
    }),
    invocation('overlay.add', {
      overlay: {
        id: ids.chipId,
        kind: 'citationChip',
        citationId: ids.citationId,
        start: 6000,
        end: 8800,
        // Below the caption block, inside the platforms' safe area.
        transform: staticTransform(0.5, 0.74),
        enter: { type: 'fade', durationMs: 250, easing: 'easeOut' },
        exit: { type: 'fade', durationMs: 250, easing: 'easeIn' },
      },
    }),
  ];
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommandError, History, invocation, performInvocations } from '../../../../shared/commands';
import type { CommandInvocation } from '../../../../shared/commands';
import { projectDocumentSchema, staticTransform } from '../../../../shared/model';
import type { ProjectDocument } from '../../../../shared/model';
import {
  applyAll,
  asset,
  audioProbe,
  deepFreeze,
  hashOf,
  imageProbe,
  sampleDoc,
  textOverlay,
  videoProbe,
} from '../fixtures';

/**
 * Random edit sessions. Each generated "op" is a few numbers that a builder turns into an
 * invocation against the current document (picking existing ids), so most are valid and some are
 * refused (overlaps, media in use, ranges past the file, garbage).
 */
interface Op {
  kind: number;
  a: number;
  b: number;
  c: number;
  flag: boolean;
}

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.nat(22),
  a: fc.nat(100_000),
  b: fc.nat(100_000),
  c: fc.nat(100_000),
  flag: fc.boolean(),
});

/** A session: steps of one to three ops, each step applied as one transaction. */
const sessionArb = fc.array(fc.array(opArb, { minLength: 1, maxLength: 3 }), {
  minLength: 5,
  maxLength: 30,
});

const TEXTS = ['Wash your hands', 'Call 999', 'BP 120/80', '   ', 'FAST: face, arms, speech'];

function pick<T extends { id: string }>(items: readonly T[], n: number): string {
  return items.length === 0 ? 'missing_id' : (items[n % items.length] as T).id;
}

/** The sample project plus citations and one of everything, so edits have targets. */
function startDoc(): ProjectDocument {
  const withCitations: ProjectDocument = {
    ...sampleDoc(),
    citations: [
      { id: 'cit_1', csl: { type: 'article-journal', title: 'Trial', DOI: '10.1/x' } },
      { id: 'cit_2', csl: { type: 'webpage', title: 'Guideline' } },
    ],
  };
  return deepFreeze(
    applyAll(withCitations, [
      invocation('audio.add', { id: 'aud_0', mediaId: 'med_music', volume: 0.4 }),
      invocation('caption.add', { id: 'cue_0', start: 0, end: 1500, text: 'Stroke: act FAST' }),
      invocation('caption.add', {
        id: 'cue_1',
        start: 1500,
        end: 3000,
        text: 'Call 999',
        citationIds: ['cit_2'],
      }),
      invocation('overlay.add', { overlay: textOverlay('ovl_0', 0, 3000) }),
      invocation('marker.add', { id: 'mrk_0', time: 1500, label: 'Hook' }),
    ]),
  );
}

function build(doc: ProjectDocument, op: Op, fresh: () => string): CommandInvocation {
  const { a, b, c, flag } = op;
  const { video, audio, captions, overlays } = doc.tracks;
  switch (op.kind) {
    case 0:
      return invocation('project.rename', { name: TEXTS[a % TEXTS.length] ?? 'x' });
    case 1:
      return invocation('project.setFormat', { fps: ([24, 25, 30, 50, 60] as const)[a % 5] ?? 30 });
    case 2: {
      const probe = [
        videoProbe(1000 + (a % 20_000)),
        audioProbe(5000 + (a % 60_000)),
        imageProbe(),
      ][b % 3];
      return invocation('media.add', {
        asset: asset(`med_${fresh()}`, probe),
        index: flag ? c % 5 : undefined,
      });
    }
    case 3:
      return invocation('media.remove', { id: pick(doc.media, a) });
    case 4:
      return invocation('media.relink', {
        id: pick(doc.media, a),
        path: `/moved/${b}.mp4`,
        contentHash: hashOf(`h${b}`),
      });
    case 5: {
      const visual = doc.media.filter((m) => m.probe.kind !== 'audio');
      const clipIn = flag ? 0 : a % 2000;
      return invocation('clip.add', {
        id: `clip_${fresh()}`,
        mediaId: pick(visual, b),
        start: c % 3 === 0 ? undefined : c % 40_000,
        in: clipIn,
        out: b % 2 === 0 ? undefined : clipIn + 200 + (a % 6000),
      });
    }
    case 6:
      return invocation('clip.remove', { id: pick(video, a) });
    case 7:
      return invocation('clip.move', { id: pick(video, a), start: b % 60_000 });
    case 8: {
      const clip = video[a % Math.max(video.length, 1)];
      if (clip === undefined) return invocation('clip.trim', { id: 'missing_id', in: 0 });
      return flag
        ? invocation('clip.trim', {
            id: clip.id,
            in: clip.in + (b % 700),
            start: clip.start + (b % 700),
          })
        : invocation('clip.trim', { id: clip.id, out: Math.max(1, clip.out - 500 + (b % 1000)) });
    }
    case 9:
      return invocation('clip.setReframe', {
        id: pick(video, a),
        reframe: flag
          ? { mode: 'fit-blur', blurStrength: 1 + (b % 100) }
          : {
              mode: 'fill',
              focus: [{ t: b % 1000, x: (c % 100) / 100, y: 0.5, easing: 'easeInOut' }],
            },
      });
    case 10:
      return invocation('clip.setVolume', {
        id: pick(video, a),
        volume: (b % 200) / 100,
        muted: flag ? c % 2 === 0 : undefined,
      });
    case 11:
      return invocation('audio.add', {
        id: `aud_${fresh()}`,
        mediaId: pick(doc.media, a),
        start: b % 30_000,
        fadeInMs: flag ? c % 800 : 0,
        index: flag ? 0 : undefined,
      });
    case 12:
      return invocation('audio.remove', { id: pick(audio, a) });
    case 13: {
      const start = a % 20_000;
      const length = 300 + (b % 3000);
      const words = flag ? [{ text: 'one', start: 0, end: Math.floor(length / 2) }] : undefined;
      return invocation('caption.add', {
        id: `cue_${fresh()}`,
        start,
        end: start + length,
        text: TEXTS[c % TEXTS.length] ?? 'x',
        words,
        citationIds: c % 3 === 0 ? ['cit_1'] : [],
        styleId: flag ? 'style-highlight' : undefined,
        index: c % 4 === 0 ? 0 : undefined,
      });
    }
    case 14: {
      const id = pick(captions, a);
      const change = [
        { text: TEXTS[c % TEXTS.length] },
        { start: b % 10_000 },
        { end: 100 + (b % 25_000) },
        { words: null },
        { citationIds: flag ? ['cit_2', 'cit_1'] : [] },
        { overrides: flag ? { position: { x: 0.5, y: (c % 100) / 100 } } : null },
      ][b % 6];
      return invocation('caption.update', { id, ...change });
    }
    case 15:
      return invocation('caption.remove', { id: pick(captions, a) });
    case 16: {
      const id = `ovl_${fresh()}`;
      const start = a % 20_000;
      const base = textOverlay(id, start, start + 500 + (b % 4000));
      const overlay =
        c % 3 === 0
          ? { ...base, kind: 'citationChip' as const, citationId: flag ? 'cit_1' : 'cit_9' }
          : c % 3 === 1
            ? {
                ...base,
                kind: 'shape' as const,
                shape: 'ring' as const,
                widthPx: 200,
                heightPx: 200,
                stroke: '#FFD60A',
                strokeWidthPx: 6,
              }
            : base;
      return invocation('overlay.add', { overlay, index: flag ? 0 : undefined });
    }
    case 17: {
      const overlay = overlays[a % Math.max(overlays.length, 1)];
      const id = overlay?.id ?? 'missing_id';
      const start = overlay?.start ?? 0;
      const patches: Record<string, unknown>[] = [
        { end: start + 100 + (b % 5000) },
        {
          transform: [
            ...staticTransform(0.2, 0.2),
            { ...staticTransform(0.8, 0.6)[0], t: 50 + (b % 400) },
          ],
        },
        { enter: { type: 'pop', durationMs: b % 400, easing: 'easeOut' } },
        { start: Math.max(0, start - (b % 300)), end: (overlay?.end ?? 1) + (b % 300) },
      ];
      return invocation('overlay.update', { id, patch: patches[c % patches.length] ?? {} });
    }
    case 18:
      return invocation('overlay.remove', { id: pick(overlays, a) });
    case 19:
      return invocation('marker.add', {
        id: `mrk_${fresh()}`,
        time: a % 30_000,
        label: flag ? 'Hook' : undefined,
      });
    case 20:
      return invocation('marker.remove', { id: pick(doc.markers, a) });
    case 21: {
      const reuse = flag && doc.media.length > 0 ? doc.media[a % doc.media.length] : undefined;
      const imported =
        reuse === undefined
          ? asset(`med_${fresh()}`, videoProbe(2000 + (b % 9000)))
          : { ...reuse, id: `med_${fresh()}` };
      return invocation('media.import', {
        asset: imported,
        clipId: c % 4 === 0 ? undefined : `clip_${fresh()}`,
      });
    }
    default:
      return flag ? { name: 'clip.fly', args: {} } : { name: 'clip.move', args: { id: 5 } };
  }
}

describe('command sequences (property)', () => {
  it('undo all restores the original exactly; redo all restores the final document', () => {
    let applied = 0;
    let refused = 0;
    fc.assert(
      fc.property(sessionArb, (session) => {
        const start = startDoc();
        let doc = start;
        let history = History.empty({ limit: 1000 });
        let counter = 0;
        const fresh = () => `g${(counter += 1)}`;

        for (const ops of session) {
          // Build each op against the document as the earlier ops of the step leave it.
          const invocations: CommandInvocation[] = [];
          let scratch = doc;
          for (const op of ops) {
            const next = build(scratch, op, fresh);
            invocations.push(next);
            try {
              scratch = performInvocations(scratch, [next]).doc;
            } catch {
              // A refused op still goes into the transaction, which will then be refused.
            }
          }
          const before = doc;
          const snapshot = structuredClone(before);
          try {
            const result = history.apply(doc, invocations);
            doc = deepFreeze(result.doc);
            history = result.history;
            applied += 1;
            // Each step's own inverse takes the document straight back, also after a trip
            // through JSON (the op log stores invocations as JSON).
            const storedInverse = JSON.parse(
              JSON.stringify(result.step.inverse),
            ) as CommandInvocation[];
            expect(performInvocations(doc, storedInverse).doc).toStrictEqual(before);
          } catch (error) {
            expect(error).toBeInstanceOf(CommandError);
            expect(doc).toBe(before);
            expect(doc).toStrictEqual(snapshot);
            refused += 1;
          }
        }

        const final = doc;
        // The cached validation the commands use must agree with the plain schema.
        expect(projectDocumentSchema.safeParse(final).success).toBe(true);
        while (history.canUndo) ({ doc, history } = history.undo(doc));
        expect(doc).toStrictEqual(start);
        while (history.canRedo) ({ doc, history } = history.redo(doc));
        expect(doc).toStrictEqual(final);
      }),
      { numRuns: 150, seed: 20_250_301 },
    );
    // The generator must exercise both paths substantially.
    expect(applied).toBeGreaterThan(800);
    expect(refused).toBeGreaterThan(300);
    // 150 generated sessions: a few seconds alone, more on a loaded two-core machine.
  }, 60_000);
});

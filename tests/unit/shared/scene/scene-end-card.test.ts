import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import type { CommandInvocation } from '../../../../shared/commands';
import { contentDurationMs, documentDurationMs } from '../../../../shared/model';
import type { ProjectDocument } from '../../../../shared/model';
import { EMPTY_OVERLAY_KEY, overlaySegments } from '../../../../shared/scene/overlay-segments';
import { sceneAt } from '../../../../shared/scene/scene-at';
import { endCardSpanMs, sceneEndCardAt } from '../../../../shared/scene/scene-end-card';
import { formatReviewDate } from '../../../../shared/review/end-card';
import { cue, withTracks } from './scene-fixtures';

const SIGN_OFF: CommandInvocation = invocation('review.signOff', {
  reviewer: 'Dr Amira Khan',
  role: 'Cardiologist',
  date: '2025-03-01',
  endCard: { durationMs: 2500 },
});

function apply(doc: ProjectDocument, ...steps: CommandInvocation[]): ProjectDocument {
  return steps.reduce((current, step) => applyCommand(current, step).doc, doc);
}

/** Content ends at 3000 ms (one cue); signed off with a 2.5 s end card. */
function signedDoc(): ProjectDocument {
  return apply(withTracks({ captions: [cue('cue_1', 0, 3000, 'Rest the knee')] }), SIGN_OFF);
}

function words(card: NonNullable<ReturnType<typeof sceneEndCardAt>>): string[] {
  return card.texts.map((block) => block.text.lines.map((line) => line.text).join(' '));
}

describe('formatReviewDate', () => {
  it('spells the month out and keeps odd input as it is', () => {
    expect(formatReviewDate('2025-03-01')).toBe('1 March 2025');
    expect(formatReviewDate('2025-12-31')).toBe('31 December 2025');
    expect(formatReviewDate('2025-13-01')).toBe('2025-13-01');
  });
});

describe('the review end card', () => {
  it('is appended after the content while the sign-off is current', () => {
    const doc = signedDoc();
    expect(contentDurationMs(doc)).toBe(3000);
    expect(documentDurationMs(doc)).toBe(5500);
    expect(endCardSpanMs(doc)).toEqual({ startMs: 3000, endMs: 5500 });
    expect(sceneEndCardAt(doc, 2999)).toBeNull();
    expect(sceneEndCardAt(doc, 5500)).toBeNull();
    const card = sceneEndCardAt(doc, 4000);
    expect(card).not.toBeNull();
    expect(words(card!)).toEqual([
      'Reviewed by',
      'Dr Amira Khan',
      'Cardiologist',
      '1 March 2025 · Not medical advice',
    ]);
  });

  it('uses the brand kit: background, accent heading and rule, text colour and font', () => {
    // Branded first: a brand change after sign-off would put the review out of date.
    const doc = apply(
      withTracks({ captions: [cue('cue_1', 0, 3000, 'Rest the knee')] }),
      invocation('brand.update', {
        colors: { background: '#102030', accent: '#FFAA00', text: '#EEEEEE' },
        fontFamily: 'Inter',
      }),
      SIGN_OFF,
    );
    const card = sceneEndCardAt(doc, 4000)!;
    expect(card.background).toEqual({ width: 1080, height: 1920, color: '#102030' });
    expect(card.rule.color).toBe('#FFAA00');
    expect(card.texts.map((block) => block.fill)).toEqual([
      '#FFAA00',
      '#EEEEEE',
      '#EEEEEE',
      '#EEEEEE',
    ]);
    expect(card.texts.every((block) => block.text.font.family === 'Inter')).toBe(true);
    // Centred in the frame, top to bottom in reading order.
    const ys = card.texts.map((block) => block.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(card.rule.y).toBeGreaterThan(ys[2]!);
    expect(card.rule.y).toBeLessThan(ys[3]!);
    expect(card.rule.x + card.rule.width / 2).toBeCloseTo(540);
  });

  it('fades in over its first 300 ms', () => {
    const doc = signedDoc();
    expect(sceneEndCardAt(doc, 3000)?.opacity).toBe(0);
    expect(sceneEndCardAt(doc, 3150)?.opacity).toBeCloseTo(0.5);
    expect(sceneEndCardAt(doc, 3300)?.opacity).toBe(1);
  });

  it('disappears (and the clip shortens) once the content is edited after sign-off', () => {
    const edited = apply(
      signedDoc(),
      invocation('caption.update', { id: 'cue_1', text: 'Ice it' }),
    );
    expect(documentDurationMs(edited)).toBe(3000);
    expect(sceneEndCardAt(edited, 4000)).toBeNull();
  });

  it('is not shown without the end card option', () => {
    const doc = apply(signedDoc(), invocation('review.setEndCard', { endCard: null }));
    expect(documentDurationMs(doc)).toBe(3000);
    expect(sceneAt(doc, 3000).endCard).toBeNull();
  });

  it('is part of sceneAt and of the export overlay segments', () => {
    const doc = signedDoc();
    expect(sceneAt(doc, 5000).endCard).toEqual(sceneEndCardAt(doc, 5000));
    const segments = overlaySegments(doc, { fps: 30, durationMs: documentDurationMs(doc) });
    const last = segments[segments.length - 1]!;
    expect(last.endMs).toBe(5500);
    expect(last.key).not.toBe(EMPTY_OVERLAY_KEY);
    // The fade gives one look per frame, then the still card is one segment.
    expect(last.startMs).toBe(3300);
    expect(segments.filter((s) => s.startMs >= 3000)).toHaveLength(10);
  });
});

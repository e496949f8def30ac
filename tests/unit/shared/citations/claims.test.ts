import { describe, expect, it } from 'vitest';
import {
  ClaimTriggersError,
  compileClaimTriggers,
  findClaimTriggers,
  findUncitedClaims,
  shippedClaimTriggers,
} from '../../../../shared/citations/claims';
import { invocation } from '../../../../shared/commands';
import { applyAll, emptyDoc } from '../fixtures';

const csl = {
  type: 'article-journal',
  title: 'Statins and cardiovascular events',
  author: [{ family: 'Smith', given: 'Jane' }],
  issued: { 'date-parts': [[2023]] },
  'container-title-short': 'N Engl J Med',
};

function words(text: string): string[] {
  return findClaimTriggers(text).map((trigger) => trigger.text);
}

describe('findClaimTriggers', () => {
  it('finds effect words, percentages and doses, each once, in reading order', () => {
    expect(words('Statins reduce the risk of stroke by 25% at 20 mg a day')).toEqual([
      'reduce',
      'risk',
      '25%',
      '20 mg',
    ]);
  });

  it('reports a longer phrase instead of the shorter phrase inside it', () => {
    expect(words('Smokers are 3 times more likely to get it')).toEqual(['3', 'times more likely']);
  });

  it('matches phrases as whole words only and ignores case', () => {
    expect(words('Brisk walks are nice')).toEqual([]);
    expect(words('STUDIES SHOW it works')).toEqual(['STUDIES SHOW']);
    expect(words('Preventing falls')).toEqual(['Preventing']);
  });

  it('finds "% of" after a number, ratios and doses per kilogram', () => {
    expect(words('40% of patients')).toEqual(['40%']);
    expect(words('X% of patients')).toEqual(['% of']);
    expect(words('1 in 3 adults')).toEqual(['1 in 3']);
    expect(words('give 0.5 mg/kg')).toEqual(['0.5 mg/kg']);
  });

  it('finds nothing in a plain sentence', () => {
    expect(words('Hello, I am a nurse on the ward.')).toEqual([]);
  });
});

describe('compileClaimTriggers', () => {
  it('uses an edited table', () => {
    const triggers = compileClaimTriggers({ phrases: ['heals'], patterns: [] });
    expect(findClaimTriggers('Honey heals burns 100%', triggers).map((t) => t.text)).toEqual([
      'heals',
    ]);
  });

  it('names a pattern that is not a valid regular expression', () => {
    expect(() =>
      compileClaimTriggers({ phrases: [], patterns: [{ label: 'bad', regex: '(' }] }),
    ).toThrow(ClaimTriggersError);
    expect(() =>
      compileClaimTriggers({ phrases: [], patterns: [{ label: 'bad', regex: '(' }] }),
    ).toThrow(/patterns\.0\.regex/);
  });

  it('names a missing list', () => {
    expect(() => compileClaimTriggers({ phrases: [] })).toThrow(/at patterns/);
  });

  it('the shipped table compiles and covers the words the issue names', () => {
    const shipped = shippedClaimTriggers();
    for (const text of [
      'reduces',
      'increases',
      'cures',
      'prevents',
      'risk',
      '5% of',
      'times more likely',
      'studies show',
    ]) {
      expect(findClaimTriggers(`It ${text} things`, shipped).length, text).toBeGreaterThan(0);
    }
  });
});

describe('findUncitedClaims', () => {
  const base = () =>
    applyAll(emptyDoc(), [
      invocation('citation.add', { id: 'cit_1', csl }),
      invocation('caption.add', {
        id: 'cue_claim',
        start: 0,
        end: 2000,
        text: 'Statins cut deaths by 30%',
        citationIds: [],
      }),
      invocation('caption.add', {
        id: 'cue_plain',
        start: 2000,
        end: 4000,
        text: 'Hello there',
        citationIds: [],
      }),
      invocation('caption.add', {
        id: 'cue_linked',
        start: 4000,
        end: 6000,
        text: 'It reduces risk',
        citationIds: ['cit_1'],
      }),
    ]);

  it('reports a claim without a source, with its trigger words', () => {
    expect(findUncitedClaims(base())).toEqual([
      {
        cueId: 'cue_claim',
        start: 0,
        end: 2000,
        text: 'Statins cut deaths by 30%',
        triggers: ['deaths', '30%'],
      },
    ]);
  });

  it('a citation chip on screen during the cue counts as its source', () => {
    const doc = applyAll(base(), [
      invocation('overlay.add', {
        overlay: {
          id: 'ovl_chip',
          kind: 'citationChip',
          citationId: 'cit_1',
          start: 1500,
          end: 3000,
          transform: [
            { t: 0, x: 0.5, y: 0.2, scale: 1, rotation: 0, opacity: 1, easing: 'linear' },
          ],
          enter: { type: 'none', durationMs: 0, easing: 'linear' },
          exit: { type: 'none', durationMs: 0, easing: 'linear' },
        },
      }),
    ]);
    expect(findUncitedClaims(doc)).toEqual([]);
  });

  it('a chip that ends as the cue starts does not count', () => {
    const doc = applyAll(base(), [
      invocation('caption.update', { id: 'cue_claim', start: 1000 }),
      invocation('overlay.add', {
        overlay: {
          id: 'ovl_chip',
          kind: 'citationChip',
          citationId: 'cit_1',
          start: 0,
          end: 1000,
          transform: [
            { t: 0, x: 0.5, y: 0.2, scale: 1, rotation: 0, opacity: 1, easing: 'linear' },
          ],
          enter: { type: 'none', durationMs: 0, easing: 'linear' },
          exit: { type: 'none', durationMs: 0, easing: 'linear' },
        },
      }),
    ]);
    expect(findUncitedClaims(doc).map((claim) => claim.cueId)).toEqual(['cue_claim']);
  });
});

import { useEffect, useState } from 'react';
import type { ProjectDocument } from '../../shared/model';
import { EMOJI_FONT_FAMILY, SCENE_FALLBACK_FAMILIES } from '../../shared/scene/fonts';
import { fallbackFontsLoaded, loadFallbackFonts, loadSceneFonts, sceneFontsLoaded } from './fonts';

const EMOJI = /\p{Extended_Pictographic}/u;

/** Every text the scene may draw: cues and their speakers, overlay text, chips, the end card. */
function sceneTexts(doc: ProjectDocument): string[] {
  const texts: string[] = [];
  for (const cue of doc.tracks.captions) {
    texts.push(cue.text);
    if (cue.speaker !== undefined) texts.push(cue.speaker);
  }
  for (const overlay of doc.tracks.overlays) {
    if ('text' in overlay) texts.push(overlay.text);
    if (overlay.kind === 'citationChip' && overlay.label !== undefined) texts.push(overlay.label);
  }
  const review = doc.medicalReview;
  if (review) texts.push(review.reviewer, review.role);
  return texts;
}

const hex = (code: number) => `\\u{${code.toString(16)}}`;

/** Per fallback family, a test for text that needs it: its code ranges, or emoji. */
const FAMILY_TESTS: readonly { family: string; test: RegExp }[] = SCENE_FALLBACK_FAMILIES.map(
  (entry) => ({
    family: entry.family,
    test:
      entry.family === EMOJI_FONT_FAMILY
        ? EMOJI
        : new RegExp(
            `[${entry.codeRanges.map(([low, high]) => `${hex(low)}-${hex(high)}`).join('')}]`,
            'u',
          ),
  }),
);

/** The fallback families (scripts, emoji) the document's drawn text needs. */
export function documentFallbackFamilies(doc: ProjectDocument | undefined): string[] {
  if (doc === undefined) return [];
  const texts = sceneTexts(doc);
  return FAMILY_TESTS.filter(({ test }) => texts.some((text) => test.test(text))).map(
    ({ family }) => family,
  );
}

function fontsIn(fallbacks: readonly string[]): boolean {
  return sceneFontsLoaded() && fallbackFontsLoaded(fallbacks);
}

/**
 * True once the scene fonts and the `fallbacks` families (see documentFallbackFamilies) are
 * loaded. Text layout measures with the loaded fonts, so whatever lays text out must run again
 * when this turns true.
 */
export function useSceneFontsReady(fallbacks: readonly string[] = []): boolean {
  // The scene fonts are usually loaded already (the app starts on them on the start screen).
  const [, setLoads] = useState(0);
  const ready = fontsIn(fallbacks);
  const wanted = fallbacks.join('|');
  useEffect(() => {
    if (ready) return;
    let live = true;
    const families = wanted === '' ? [] : wanted.split('|');
    Promise.all([loadSceneFonts(), loadFallbackFonts(families)]).then(
      () => {
        if (live) setLoads((count) => count + 1);
      },
      (error: unknown) => console.warn('Preview fonts failed to load:', error),
    );
    return () => {
      live = false;
    };
  }, [ready, wanted]);
  return ready;
}

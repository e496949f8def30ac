import { useEffect, useState } from 'react';
import type { ProjectDocument } from '../../shared/model';
import { emojiFontLoaded, loadEmojiFont, loadSceneFonts, sceneFontsLoaded } from './fonts';

const EMOJI = /\p{Extended_Pictographic}/u;

/** True when any text the scene draws has an emoji (so the colour emoji font is needed). */
export function documentNeedsEmojiFont(doc: ProjectDocument | undefined): boolean {
  if (doc === undefined) return false;
  const cueText = doc.tracks.captions.some(
    (cue) => EMOJI.test(cue.text) || (cue.speaker !== undefined && EMOJI.test(cue.speaker)),
  );
  return (
    cueText ||
    doc.tracks.overlays.some(
      (overlay) =>
        ('text' in overlay && EMOJI.test(overlay.text)) ||
        (overlay.kind === 'citationChip' &&
          overlay.label !== undefined &&
          EMOJI.test(overlay.label)),
    )
  );
}

function fontsIn(needsEmoji: boolean): boolean {
  return sceneFontsLoaded() && (!needsEmoji || emojiFontLoaded());
}

/**
 * True once the scene fonts (and the script fallbacks, and the emoji font when `needsEmoji`) are
 * loaded. Text layout measures with the loaded fonts, so whatever lays text out must run again
 * when this turns true.
 */
export function useSceneFontsReady(needsEmoji = false): boolean {
  // Usually loaded already (the app starts on them while the start screen shows).
  const [, setLoads] = useState(0);
  const ready = fontsIn(needsEmoji);
  useEffect(() => {
    if (ready) return;
    let live = true;
    Promise.all([loadSceneFonts(), needsEmoji ? loadEmojiFont() : undefined]).then(
      () => {
        if (live) setLoads((count) => count + 1);
      },
      (error: unknown) => console.warn('Preview fonts failed to load:', error),
    );
    return () => {
      live = false;
    };
  }, [ready, needsEmoji]);
  return ready;
}

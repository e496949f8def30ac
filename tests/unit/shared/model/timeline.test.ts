import { describe, expect, it } from 'vitest';
import {
  clipDurationMs,
  clipEndMs,
  documentDurationMs,
  videoTrackEndMs,
} from '../../../../shared/model';
import { applyAll, emptyDoc, sampleDoc, textOverlay } from '../fixtures';

describe('timeline helpers', () => {
  it('measures clips by their source range', () => {
    expect(clipDurationMs({ in: 1000, out: 5000 })).toBe(4000);
    expect(clipEndMs({ start: 2000, in: 1000, out: 5000 })).toBe(6000);
  });

  it('is zero for an empty project', () => {
    expect(documentDurationMs(emptyDoc())).toBe(0);
    expect(videoTrackEndMs(emptyDoc())).toBe(0);
  });

  it('ends with the video track when nothing else runs later', () => {
    // clip_1 plays 4 s, clip_2 (8 s) follows it.
    expect(videoTrackEndMs(sampleDoc())).toBe(12_000);
    expect(documentDurationMs(sampleDoc())).toBe(12_000);
  });

  it('counts audio, captions and overlays that run past the video', () => {
    const base = sampleDoc();
    const withCue = applyAll(base, [
      { name: 'caption.add', args: { id: 'c', start: 12_000, end: 13_500, text: 'Bye' } },
    ]);
    expect(documentDurationMs(withCue)).toBe(13_500);
    const withOverlay = applyAll(base, [
      { name: 'overlay.add', args: { overlay: textOverlay('o', 11_000, 14_000) } },
    ]);
    expect(documentDurationMs(withOverlay)).toBe(14_000);
    const withAudio = applyAll(base, [
      { name: 'audio.add', args: { id: 'a', mediaId: 'med_music', start: 5000 } },
    ]);
    expect(documentDurationMs(withAudio)).toBe(65_000);
  });
});

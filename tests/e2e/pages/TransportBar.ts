import { expect, type Locator, type Page } from '@playwright/test';

/** Transport state as the preview's test hook reports it (`?e2e=1`). */
export interface ClockState {
  timeMs: number;
  playing: boolean;
  waiting: boolean;
  rate: number;
  markInMs: number | null;
  markOutMs: number | null;
}

/** One animation frame of playback, sampled in the page. */
export interface PlaybackSample {
  /** performance.now() of the frame. */
  wallMs: number;
  /** The playhead as of the frame's start. */
  clockMs: number;
  /** The playhead projected to the moment the audio elements were read (it moves on). */
  clockNowMs: number;
  waiting: boolean;
  /** The footage element's position on the timeline, or null in a gap. */
  videoMs: number | null;
  /** Each playing audio-track element's position on the timeline. */
  audioMs: number[];
  mediaId: string | null;
}

/**
 * The transport under the canvas driven the way a person does: keys pressed with focus in the
 * editor (not in a field), the timecode field typed into. Reads the clock through the preview's
 * test hook.
 */
export class TransportBar {
  readonly group: Locator;
  readonly timecode: Locator;
  readonly refusal: Locator;
  readonly shuttleRate: Locator;
  readonly marks: Locator;
  readonly markBand: Locator;

  constructor(readonly page: Page) {
    this.group = page.getByRole('group', { name: 'Playback' });
    this.timecode = page.getByTestId('preview-timecode');
    this.refusal = page.getByTestId('timecode-refusal');
    this.shuttleRate = page.getByTestId('shuttle-rate');
    this.marks = page.getByTestId('transport-marks');
    this.markBand = page.getByTestId('mark-band');
  }

  async clock(): Promise<ClockState> {
    return this.page.evaluate(() => {
      const hook = window.__medclipPreview;
      if (!hook) throw new Error('the preview test hook is not installed (open with ?e2e=1)');
      const { timeMs, playing, waiting, rate, markInMs, markOutMs } = hook.state();
      return { timeMs, playing, waiting, rate, markInMs, markOutMs };
    });
  }

  /** Presses keys with the focus on the page body, as after clicking empty space. */
  async press(...keys: string[]): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** Clicks the timecode, types `text` and presses Enter. */
  async typeTime(text: string): Promise<void> {
    await this.timecode.click();
    await this.timecode.fill(text);
    await this.timecode.press('Enter');
  }

  async expectTime(timecode: string): Promise<void> {
    await expect(this.timecode).toHaveValue(timecode);
  }

  /**
   * Samples every animation frame for `durationMs` inside the page: the clock, the footage
   * element and every playing audio element, each mapped to timeline time. (This runs after
   * the preview's own frame callback, so it sees the clock as ticked for this frame.)
   */
  async sample(durationMs: number): Promise<PlaybackSample[]> {
    return this.page.evaluate(async (ms) => {
      const samples: PlaybackSample[] = [];
      const startedAt = performance.now();
      await new Promise<void>((resolve) => {
        const onFrame = (now: number) => {
          const state = window.__medclipPreview!.state();
          const moving = state.playing && !state.waiting ? state.rate : 0;
          const clockNowMs = state.timeMs + (performance.now() - now) * moving;
          const audioMs = [...document.querySelectorAll<HTMLAudioElement>('.preview-audio audio')]
            .filter((element) => !element.paused)
            .map(
              (element) =>
                Number(element.dataset.clipStart) +
                element.currentTime * 1000 -
                Number(element.dataset.clipIn),
            );
          samples.push({
            wallMs: now,
            clockMs: state.timeMs,
            clockNowMs,
            waiting: state.waiting,
            videoMs: state.video?.elementTimelineMs ?? null,
            audioMs,
            mediaId: state.video?.mediaId ?? null,
          });
          if (now - startedAt < ms) requestAnimationFrame(onFrame);
          else resolve();
        };
        requestAnimationFrame(onFrame);
      });
      return samples;
    }, durationMs);
  }
}

/** Median, 95th percentile and largest of the absolute values. */
export function spread(values: readonly number[]): { median: number; p95: number; max: number } {
  const sorted = values.map(Math.abs).sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

import { describe, expect, it } from 'vitest';
import {
  MAX_SHUTTLE_RATE,
  MAX_TICK_MS,
  PreviewClock,
} from '../../../../renderer/canvas/preview-clock';

function clock(durationMs = 12_000, fps = 30) {
  return new PreviewClock({ durationMs, fps });
}

describe('PreviewClock', () => {
  it('advances with the frame clock while playing, and not while paused', () => {
    const c = clock();
    c.tick(1000);
    c.play();
    c.tick(1000);
    c.tick(1016.7);
    c.tick(1250);
    c.tick(1500);
    expect(c.timeMs).toBe(500);
    c.pause();
    c.tick(2500);
    expect(c.timeMs).toBe(500);
    expect(c.playing).toBe(false);
  });

  it('starts counting at the first frame after play, so a late first tick adds nothing', () => {
    const c = clock();
    c.play();
    c.tick(50_000);
    c.tick(50_040);
    expect(c.timeMs).toBe(40);
  });

  it('caps one step, so a tab coming back from the background does not jump ahead', () => {
    const c = clock();
    c.play();
    c.tick(0);
    c.tick(10_000);
    expect(c.timeMs).toBe(MAX_TICK_MS);
  });

  it('seeks within the timeline, clamped to the start and the last frame', () => {
    const c = clock();
    c.seek(4000.7);
    expect(c.timeMs).toBe(4000);
    c.seek(-20);
    expect(c.timeMs).toBe(0);
    c.seek(99_000);
    expect(c.timeMs).toBe(11_966);
    c.seek(Number.NaN);
    expect(c.timeMs).toBe(11_966);
    c.toStart();
    expect(c.timeMs).toBe(0);
    c.toEnd();
    expect(c.getSnapshot()).toMatchObject({ timeMs: 11_966, endMs: 11_966, durationMs: 12_000 });
  });

  it('steps whole frames on the export grid', () => {
    const c = clock();
    c.stepFrames(1);
    expect(c.timeMs).toBe(33);
    c.stepFrames(1);
    expect(c.timeMs).toBe(66);
    c.seek(1010);
    c.stepFrames(-1);
    expect(c.timeMs).toBe(966);
    c.toStart();
    c.stepFrames(-1);
    expect(c.timeMs).toBe(0);
  });

  it('stops at the end showing the last frame, and plays again from the start', () => {
    const c = clock(1000);
    c.seek(900);
    c.play();
    c.tick(0);
    c.tick(50);
    expect(c.timeMs).toBe(950);
    c.tick(120);
    expect(c.getSnapshot()).toMatchObject({ playing: false, timeMs: 966 });
    c.play();
    expect(c.getSnapshot()).toMatchObject({ playing: true, timeMs: 0 });
  });

  it('does not play an empty timeline', () => {
    const c = clock(0);
    c.play();
    expect(c.playing).toBe(false);
    c.toggle();
    expect(c.playing).toBe(false);
  });

  it('holds while the footage waits, resumes without counting the wait, and adopts its time', () => {
    const c = clock();
    c.play();
    c.tick(0);
    c.tick(100);
    c.setWaiting(true);
    c.tick(400);
    expect(c.timeMs).toBe(100);
    expect(c.getSnapshot().waiting).toBe(true);
    c.setWaiting(false);
    c.tick(450);
    c.tick(500);
    expect(c.timeMs).toBe(150);
    c.adopt(162.5);
    expect(c.timeMs).toBe(162);
    c.pause();
    c.adopt(5000);
    expect(c.timeMs).toBe(162);
    c.setWaiting(true);
    expect(c.getSnapshot().waiting).toBe(false);
  });

  it('eases toward the media clock while playing, and only then', () => {
    const c = clock();
    c.seek(1000);
    c.slew(1100, 0.5);
    expect(c.timeMs).toBe(1000);
    c.play();
    c.slew(1100, 0.5);
    expect(c.timeMs).toBe(1050);
    c.slew(1100, 0.5);
    expect(c.timeMs).toBe(1075);
    c.setWaiting(true);
    c.slew(2000, 1);
    expect(c.timeMs).toBe(1075);
  });

  it('eases back toward a media clock behind it without reversing the playhead', () => {
    const c = clock();
    c.seek(1000);
    c.play();
    c.tick(0);
    c.tick(16);
    expect(c.timeMs).toBe(1016);
    // The footage is 16 ms behind: easing back takes at most half of the frame's 16 ms.
    c.slew(1000, 1);
    expect(c.timeMs).toBe(1008);
    c.tick(32);
    c.slew(1000, 0.2);
    // 1024 - 0.2 * 24 = 1019.2: a small correction is taken in full.
    expect(c.timeMs).toBe(1019);
  });

  it('keeps the playhead inside a shorter timeline and follows the frame rate', () => {
    const c = clock();
    c.seek(11_000);
    c.setTimeline(5000, 25);
    expect(c.getSnapshot()).toMatchObject({ timeMs: 4960, endMs: 4960, fps: 25 });
  });

  it('notifies subscribers only when what they show changes, with a stable snapshot', () => {
    const c = clock();
    let calls = 0;
    const stop = c.subscribe(() => {
      calls += 1;
    });
    const before = c.getSnapshot();
    c.seek(0.4);
    expect(calls).toBe(0);
    expect(c.getSnapshot()).toBe(before);
    c.seek(10);
    c.play();
    expect(calls).toBe(2);
    stop();
    c.pause();
    expect(calls).toBe(2);
  });

  it('shuttles forward faster on each L, up to 8x, and K stops at normal speed', () => {
    const c = clock();
    c.shuttleForward();
    expect(c.getSnapshot()).toMatchObject({ playing: true, rate: 1 });
    c.shuttleForward();
    c.shuttleForward();
    c.shuttleForward();
    c.shuttleForward();
    expect(c.getSnapshot().rate).toBe(MAX_SHUTTLE_RATE);
    c.tick(0);
    c.tick(100);
    expect(c.timeMs).toBe(800);
    c.pause();
    expect(c.getSnapshot()).toMatchObject({ playing: false, rate: 1, timeMs: 800 });
    c.play();
    expect(c.getSnapshot().rate).toBe(1);
  });

  it('shuttles backward with J, doubling, and stops at the start', () => {
    const c = clock();
    c.shuttleBackward();
    expect(c.playing).toBe(false);
    c.seek(1000);
    c.shuttleBackward();
    c.shuttleBackward();
    expect(c.getSnapshot()).toMatchObject({ playing: true, rate: -2 });
    c.tick(0);
    c.tick(200);
    expect(c.timeMs).toBe(600);
    // L after J plays forward at normal speed, as in other editors.
    c.shuttleForward();
    expect(c.getSnapshot().rate).toBe(1);
    c.shuttleBackward();
    c.tick(1000);
    c.tick(1250);
    c.tick(1500);
    c.tick(1750);
    expect(c.getSnapshot()).toMatchObject({ playing: false, timeMs: 0, rate: 1 });
  });

  it('does not let a backward clock adopt or follow the footage', () => {
    const c = clock();
    c.seek(5000);
    c.shuttleBackward();
    c.adopt(5200);
    c.slew(5200, 1);
    expect(c.timeMs).toBe(5000);
  });

  it('keeps in and out marks in order, on the timeline, and clears them', () => {
    const c = clock();
    c.seek(2000);
    c.markIn();
    c.seek(5000);
    c.markOut();
    expect(c.getSnapshot()).toMatchObject({ markInMs: 2000, markOutMs: 5000 });
    c.markIn(6000);
    expect(c.getSnapshot()).toMatchObject({ markInMs: 6000, markOutMs: null });
    c.markOut(1000);
    expect(c.getSnapshot()).toMatchObject({ markInMs: null, markOutMs: 1000 });
    c.markIn(-50);
    c.markOut(99_000);
    expect(c.getSnapshot()).toMatchObject({ markInMs: 0, markOutMs: 11_966 });
    c.setTimeline(3000, 30);
    expect(c.getSnapshot()).toMatchObject({ markInMs: 0, markOutMs: 2966 });
    c.clearMarks();
    expect(c.getSnapshot()).toMatchObject({ markInMs: null, markOutMs: null });
  });

  it('counts moves of the playhead, not playing or marking', () => {
    const c = clock();
    const moves = () => c.getSnapshot().moves;
    c.seek(1000);
    c.stepFrames(1);
    expect(moves()).toBe(2);
    c.seek(1033.5);
    c.markIn();
    c.play();
    c.tick(0);
    c.tick(100);
    c.adopt(1200);
    expect(moves()).toBe(2);
    c.pause();
    c.toEnd();
    c.play();
    // Playing again from the end starts over at 0: that is a move too.
    expect(moves()).toBe(4);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  afterFirstPicture,
  awaitFirstPicture,
  firstPictureShown,
} from '../../../../renderer/editor/first-picture';

afterEach(() => {
  firstPictureShown();
  vi.useRealTimers();
});

describe('afterFirstPicture', () => {
  it('runs at once when no project is opening', () => {
    const run = vi.fn();
    afterFirstPicture(run);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits while a project opens, and runs everything once its first picture shows', () => {
    awaitFirstPicture();
    const first = vi.fn();
    const second = vi.fn();
    afterFirstPicture(first);
    afterFirstPicture(second);
    expect(first).not.toHaveBeenCalled();
    firstPictureShown();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    // Shown: later work runs at once, and a second "shown" runs nothing again.
    const later = vi.fn();
    afterFirstPicture(later);
    expect(later).toHaveBeenCalledTimes(1);
    firstPictureShown();
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('gives up waiting after the longest wait', () => {
    vi.useFakeTimers();
    awaitFirstPicture();
    const run = vi.fn();
    afterFirstPicture(run, 1000);
    vi.advanceTimersByTime(999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    firstPictureShown();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs nothing that was cancelled', () => {
    vi.useFakeTimers();
    awaitFirstPicture();
    const run = vi.fn();
    const cancel = afterFirstPicture(run, 1000);
    cancel();
    firstPictureShown();
    vi.advanceTimersByTime(2000);
    expect(run).not.toHaveBeenCalled();
  });
});

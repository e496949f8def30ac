// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import {
  FootageDrawer,
  type FootagePainter,
  WorkerFootagePainter,
  type FootageWorkerPort,
} from '../../../../renderer/canvas/footage-painter';
import type { FootageReply, FootageRequest } from '../../../../renderer/canvas/footage-protocol';
import type { VideoDrawPlan } from '../../../../renderer/canvas/video-layout';

/** A worker that records requests; the test answers them. */
class FakeWorker implements FootageWorkerPort {
  readonly sent: FootageRequest[] = [];
  readonly transfers: Transferable[][] = [];
  onmessage: ((event: MessageEvent<FootageReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;

  postMessage(message: FootageRequest, transfer: Transferable[]): void {
    this.sent.push(message);
    this.transfers.push(transfer);
  }

  terminate(): void {
    this.terminated = true;
  }

  paints() {
    return this.sent.filter(
      (m): m is Exclude<FootageRequest, { type: 'resolution' | 'warmup' }> =>
        m.type !== 'resolution' && m.type !== 'warmup',
    );
  }

  answer(reply: FootageReply): void {
    this.onmessage?.({ data: reply } as MessageEvent<FootageReply>);
  }

  answerLast(): void {
    const last = this.paints().at(-1);
    if (!last) throw new Error('nothing to answer');
    this.answer({ id: last.id, ok: true, picture: { id: last.id } as unknown as ImageBitmap });
  }
}

/** A video element stand-in whose presented frames the test advances. */
function fakeVideo(paused = false) {
  let callback: (() => void) | null = null;
  const element = {
    paused,
    seeking: false,
    currentTime: 1,
    videoWidth: 1280,
    videoHeight: 720,
    requestVideoFrameCallback: (next: () => void) => {
      callback = next;
      return 1;
    },
  };
  return {
    element: element as unknown as HTMLVideoElement & typeof element,
    present: () => callback?.(),
  };
}

const plan: VideoDrawPlan = {
  mode: 'fill',
  sourceCrop: { x: 0, y: 0, width: 405, height: 720 },
  patches: [],
};

function setup() {
  const worker = new FakeWorker();
  const pictures: unknown[] = [];
  const failures: string[] = [];
  const newFrames = vi.fn();
  const frames: { close(): void }[] = [];
  const painter = new WorkerFootagePainter(
    worker,
    (picture, late) => pictures.push({ picture, late }),
    (message) => failures.push(message),
    newFrames,
    () => {
      const frame = { close: vi.fn() };
      frames.push(frame);
      return frame as unknown as VideoFrame;
    },
  );
  return { worker, painter, pictures, failures, newFrames, frames };
}

describe('WorkerFootagePainter', () => {
  it('sends a frame with its plan and size, and shows the reply as a late picture', () => {
    const { worker, painter, pictures } = setup();
    const { element } = fakeVideo();
    painter.paint(plan, element, '#000000');
    expect(worker.paints()).toMatchObject([
      { type: 'paint', id: 1, plan, size: { width: 1280, height: 720 }, background: '#000000' },
    ]);
    // A video frame is handed over (transferred), not copied.
    const sent = worker.paints()[0]!;
    expect(worker.transfers[worker.sent.indexOf(sent)]).toEqual([
      (sent as { picture: unknown }).picture,
    ]);
    expect(painter.busy()).toBe(true);
    worker.answerLast();
    expect(pictures).toEqual([{ picture: { id: 1 }, late: true }]);
    expect(painter.busy()).toBe(false);
  });

  it('composites each presented frame once, however many animation frames ask', () => {
    const { worker, painter, newFrames } = setup();
    const video = fakeVideo();
    painter.paint(plan, video.element, '#000000');
    worker.answerLast();
    painter.paint(plan, video.element, '#000000');
    painter.paint(plan, video.element, '#000000');
    expect(worker.paints()).toHaveLength(1);
    video.present();
    expect(newFrames).toHaveBeenCalledTimes(1);
    painter.paint(plan, video.element, '#000000');
    expect(worker.paints()).toHaveLength(2);
  });

  it('repaints the same frame when the plan, background or resolution changes', () => {
    const { worker, painter } = setup();
    const { element } = fakeVideo();
    painter.paint(plan, element, '#000000');
    worker.answerLast();
    painter.paint(
      { ...plan, sourceCrop: { x: 10, y: 0, width: 405, height: 720 } },
      element,
      '#000000',
    );
    worker.answerLast();
    painter.paint(
      { ...plan, sourceCrop: { x: 10, y: 0, width: 405, height: 720 } },
      element,
      '#ffffff',
    );
    worker.answerLast();
    painter.setResolution({ width: 1080, height: 1920 }, 0.5);
    painter.paint(
      { ...plan, sourceCrop: { x: 10, y: 0, width: 405, height: 720 } },
      element,
      '#ffffff',
    );
    expect(worker.paints()).toHaveLength(4);
  });

  it('tells paused stills apart by their time (a seek before the frame count moves)', () => {
    const { worker, painter } = setup();
    const { element } = fakeVideo(true);
    painter.paint(plan, element, '#000000');
    worker.answerLast();
    element.currentTime = 2;
    painter.paint(plan, element, '#000000');
    expect(worker.paints()).toHaveLength(2);
  });

  it('keeps one request in flight and only the newest waiting', () => {
    const { worker, painter, pictures } = setup();
    const video = fakeVideo();
    painter.paint(plan, video.element, '#000000');
    video.present();
    painter.paint(plan, video.element, '#000000');
    painter.paintEmpty('#111111');
    painter.paintEmpty('#222222');
    expect(worker.paints()).toHaveLength(1);
    worker.answerLast();
    expect(worker.paints()).toMatchObject([{ id: 1 }, { type: 'empty', background: '#222222' }]);
    expect(painter.busy()).toBe(true);
    worker.answerLast();
    expect(pictures).toHaveLength(2);
    expect(painter.busy()).toBe(false);
  });

  it('ignores replies it did not ask for', () => {
    const { worker, painter, pictures } = setup();
    painter.paintEmpty('#000000');
    worker.answer({ id: 99, ok: true, picture: {} as ImageBitmap });
    expect(pictures).toEqual([]);
    expect(painter.busy()).toBe(true);
  });

  it('fails once on a worker error reply, a frame it cannot take, or a worker crash', () => {
    const errorReply = setup();
    errorReply.painter.paintEmpty('#000000');
    errorReply.worker.answer({ id: 1, ok: false, message: 'no 2D canvas' });
    expect(errorReply.failures).toEqual(['the footage worker could not draw: no 2D canvas']);
    errorReply.painter.paintEmpty('#ffffff');
    expect(errorReply.worker.paints()).toHaveLength(1);

    const crash = setup();
    crash.worker.onerror?.({ message: 'out of memory' } as ErrorEvent);
    expect(crash.failures).toEqual(['the footage worker stopped: out of memory']);

    const tainted = new WorkerFootagePainter(
      new FakeWorker(),
      () => undefined,
      (message) => tainted.failures.push(message),
      () => undefined,
      () => {
        throw new DOMException('The image is tainted', 'SecurityError');
      },
    ) as WorkerFootagePainter & { failures: string[] };
    tainted.failures = [];
    tainted.paint(plan, fakeVideo().element, '#000000');
    expect(tainted.failures).toEqual([
      'cannot hand video frames to the footage worker: The image is tainted',
    ]);
    expect(tainted.busy()).toBe(false);
  });

  it('stops watching frames and ends the worker when destroyed', () => {
    const { worker, painter, newFrames } = setup();
    const video = fakeVideo();
    painter.paint(plan, video.element, '#000000');
    painter.destroy();
    video.present();
    expect(newFrames).not.toHaveBeenCalled();
    expect(worker.terminated).toBe(true);
  });
});

describe('FootageDrawer', () => {
  /** A page painter that records what it was asked to draw. */
  function fakeInline() {
    const calls: string[] = [];
    const painter: FootagePainter = {
      setResolution: (_frame, scale) => calls.push(`resolution ${scale}`),
      paint: () => calls.push('paint'),
      paintStill: (_plan, _still, key) => calls.push(`still ${key}`),
      paintEmpty: () => calls.push('empty'),
      busy: () => false,
      destroy: () => calls.push('destroy'),
    };
    return { painter, calls };
  }

  it('draws stills on the page once per change, and drops a worker picture asked for before', () => {
    // The frame the drawer hands over (happy-dom has no WebCodecs).
    vi.stubGlobal(
      'VideoFrame',
      class {
        close() {}
      },
    );
    const worker = new FakeWorker();
    const pictures: unknown[] = [];
    const inline = fakeInline();
    const drawer = new FootageDrawer(
      (picture) => pictures.push(picture),
      () => undefined,
      () => worker,
      () => inline.painter,
    );
    drawer.setResolution({ width: 1080, height: 1920 }, 0.25);
    const { element } = fakeVideo();
    drawer.paint(plan, element, '#000000');
    expect(drawer.busy()).toBe(true);
    const still = { width: 640, height: 360 } as ImageBitmap;
    drawer.paintStill(plan, still, 'opening:med_a', '#000000');
    drawer.paintStill(plan, still, 'opening:med_a', '#000000');
    expect(inline.calls).toEqual(['resolution 0.25', 'still opening:med_a']);
    // The frame asked for before the still is not shown over it (and is let go), and nothing
    // waits for it.
    expect(drawer.busy()).toBe(false);
    const late = { close: vi.fn() } as unknown as ImageBitmap;
    worker.answer({ id: worker.paints()[0]!.id, ok: true, picture: late });
    expect(pictures).toEqual([]);
    expect(late.close).toHaveBeenCalledTimes(1);
    // Video again: the worker draws it (the same frame is asked for afresh).
    drawer.paint(plan, element, '#000000');
    expect(worker.paints()).toHaveLength(2);
    worker.answerLast();
    expect(pictures).toHaveLength(1);
    // After video, the same still is drawn again.
    drawer.paintStill(plan, still, 'opening:med_a', '#000000');
    expect(inline.calls.filter((call) => call.startsWith('still'))).toHaveLength(2);
    drawer.destroy();
    expect(inline.calls).toContain('destroy');
    expect(worker.terminated).toBe(true);
    vi.unstubAllGlobals();
  });

  it('falls back to the page thread after a worker failure and redraws there', () => {
    const worker = new FakeWorker();
    const pictures: { picture: unknown; late: boolean }[] = [];
    const newFrames = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const drawer = new FootageDrawer(
      (picture, late) => pictures.push({ picture, late }),
      newFrames,
      () => worker,
    );
    drawer.setResolution({ width: 1080, height: 1920 }, 0.25);
    expect(drawer.offThread).toBe(true);
    drawer.paintEmpty('#000000');
    worker.answer({ id: 1, ok: false, message: 'boom' });
    expect(drawer.offThread).toBe(false);
    expect(worker.terminated).toBe(true);
    expect(newFrames).toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('boom'));
    warn.mockRestore();
    // happy-dom has no 2D canvas: the page painter reports that plainly.
    expect(() => drawer.paintEmpty('#000000')).toThrow(/cannot draw the preview/);
  });

  it('draws on the page when no worker can start', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const drawer = new FootageDrawer(
      () => undefined,
      () => undefined,
      () => {
        throw new Error('workers are disabled');
      },
    );
    expect(drawer.offThread).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('workers are disabled'));
    warn.mockRestore();
    expect(drawer.busy()).toBe(false);
  });
});

describe('prewarmFootageWorker', () => {
  it('boots one spare worker that the next startFootageWorker takes', async () => {
    for (const name of ['OffscreenCanvas', 'VideoFrame', 'ImageBitmap', 'Worker']) {
      vi.stubGlobal(name, function Stub() {});
    }
    try {
      const { prewarmFootageWorker, startFootageWorker } =
        await import('../../../../renderer/canvas/footage-painter');
      const spawned: FakeWorker[] = [];
      const spawn = () => {
        const worker = new FakeWorker();
        spawned.push(worker);
        return worker;
      };
      prewarmFootageWorker(spawn);
      prewarmFootageWorker(spawn);
      expect(spawned).toHaveLength(1);
      expect(startFootageWorker()).toBe(spawned[0]);
      // Taken: the next warm-up boots another.
      prewarmFootageWorker(spawn);
      expect(spawned).toHaveLength(2);
      expect(startFootageWorker()).toBe(spawned[1]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('boots nothing where the worker cannot run', async () => {
    const { prewarmFootageWorker } = await import('../../../../renderer/canvas/footage-painter');
    const spawn = vi.fn(() => new FakeWorker());
    vi.stubGlobal('OffscreenCanvas', undefined);
    try {
      prewarmFootageWorker(spawn);
      expect(spawn).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

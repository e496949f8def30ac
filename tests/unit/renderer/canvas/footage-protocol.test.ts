import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { describe, expect, it, vi } from 'vitest';
import { createFootageService } from '../../../../renderer/canvas/footage-protocol';
import { VideoCompositor } from '../../../../renderer/canvas/video-compositor';
import type { VideoDrawPlan } from '../../../../renderer/canvas/video-layout';

/** The worker's side of the footage protocol, run on @napi-rs/canvas in place of OffscreenCanvas. */

const frame = { width: 1080, height: 1920 };
const source = { width: 1920, height: 1080 };

/** A stand-in VideoFrame: a solid red 1920x1080 picture that records being closed. */
function redFrame() {
  const canvas = createCanvas(source.width, source.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ff0000';
  ctx.fillRect(0, 0, source.width, source.height);
  return Object.assign(canvas as unknown as CanvasImageSource, { close: vi.fn() });
}

const fillPlan: VideoDrawPlan = {
  mode: 'fill',
  sourceCrop: { x: 656, y: 0, width: 606, height: 1080 },
  patches: [],
};

function service() {
  const compositor = new VideoCompositor(() => createCanvas(1, 1) as unknown as HTMLCanvasElement);
  // The picture sent back: the pixel in the middle and the canvas size.
  const serve = createFootageService(compositor, (canvas) => {
    const napi = canvas as unknown as Canvas;
    const [r, g, b] = napi
      .getContext('2d')
      .getImageData(napi.width / 2, napi.height / 2, 1, 1).data;
    return { width: napi.width, height: napi.height, centre: [r, g, b] };
  });
  void serve({ type: 'resolution', frame, scale: 0.25 });
  return serve;
}

describe('createFootageService', () => {
  it('composites a frame at the set resolution, replies with its id, and closes the frame', async () => {
    const serve = service();
    const picture = redFrame();
    const reply = await serve({
      type: 'paint',
      id: 7,
      plan: fillPlan,
      picture,
      size: source,
      background: '#000000',
    });
    expect(reply).toEqual({
      id: 7,
      ok: true,
      picture: { width: 270, height: 480, centre: [255, 0, 0] },
    });
    expect(picture.close).toHaveBeenCalledTimes(1);
  });

  it('paints the background alone for a gap', async () => {
    const reply = await service()({ type: 'empty', id: 3, background: '#0000ff' });
    expect(reply).toEqual({
      id: 3,
      ok: true,
      picture: { width: 270, height: 480, centre: [0, 0, 255] },
    });
  });

  it('answers a resolution change with nothing and uses the new size for the next picture', async () => {
    const serve = service();
    expect(await serve({ type: 'resolution', frame, scale: 0.5 })).toBeNull();
    const reply = await serve({ type: 'empty', id: 1, background: '#000000' });
    expect(reply).toMatchObject({ ok: true, picture: { width: 540, height: 960 } });
  });

  it('reports a drawing failure as an error reply and still closes the frame', async () => {
    const serve = service();
    const picture = Object.assign({} as CanvasImageSource, { close: vi.fn() });
    const reply = await serve({
      type: 'paint',
      id: 9,
      plan: fillPlan,
      picture,
      size: source,
      background: '#000000',
    });
    expect(reply).toMatchObject({ id: 9, ok: false });
    expect(reply && !reply.ok ? reply.message.length : 0).toBeGreaterThan(0);
    expect(picture.close).toHaveBeenCalledTimes(1);
  });

  it('draws a staged frame from its origin, and the frame itself when staging declines', async () => {
    const compositor = new VideoCompositor(
      () => createCanvas(1, 1) as unknown as HTMLCanvasElement,
    );
    // The staged part: green, the crop's size; the frame itself is red.
    const green = createCanvas(606, 1080);
    const ctx = green.getContext('2d');
    ctx.fillStyle = '#00ff00';
    ctx.fillRect(0, 0, 606, 1080);
    let staging = true;
    const stage = vi.fn(async () =>
      staging ? { surface: green as unknown as HTMLCanvasElement, origin: { x: 656, y: 0 } } : null,
    );
    const serve = createFootageService(
      compositor,
      (canvas) => [
        ...(canvas as unknown as Canvas).getContext('2d').getImageData(10, 10, 1, 1).data,
      ],
      undefined,
      stage,
    );
    await serve({ type: 'resolution', frame, scale: 0.25 });
    const paint = (id: number) =>
      serve({
        type: 'paint',
        id,
        plan: fillPlan,
        picture: redFrame(),
        size: source,
        background: '#000000',
      });
    expect(await paint(1)).toEqual({ id: 1, ok: true, picture: [0, 255, 0, 255] });
    expect(stage).toHaveBeenCalledWith(expect.anything(), fillPlan, source);
    staging = false;
    expect(await paint(2)).toEqual({ id: 2, ok: true, picture: [255, 0, 0, 255] });
  });

  it('answers requests in the order they came, even when a frame takes long to stage', async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const serve = createFootageService(
      new VideoCompositor(() => createCanvas(1, 1) as unknown as HTMLCanvasElement),
      () => 'picture',
      undefined,
      async () => {
        await slow;
        return null;
      },
    );
    const order: number[] = [];
    const first = serve({
      type: 'paint',
      id: 1,
      plan: fillPlan,
      picture: redFrame(),
      size: source,
      background: '#000000',
    }).then(() => order.push(1));
    const second = serve({ type: 'empty', id: 2, background: '#000000' }).then(() => order.push(2));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual([]);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual([1, 2]);
  });
});

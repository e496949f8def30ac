/** How the output frame sits inside the canvas area: scaled to fit, centred, with a margin. */
export interface FrameFit {
  scale: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export function fitFrame(
  available: { width: number; height: number },
  frame: { width: number; height: number },
  marginPx = 24,
): FrameFit {
  const room = {
    width: Math.max(0, available.width - 2 * marginPx),
    height: Math.max(0, available.height - 2 * marginPx),
  };
  const scale =
    frame.width > 0 && frame.height > 0
      ? Math.min(room.width / frame.width, room.height / frame.height)
      : 0;
  const width = frame.width * scale;
  const height = frame.height * scale;
  return {
    scale,
    x: (available.width - width) / 2,
    y: (available.height - height) / 2,
    width,
    height,
  };
}

import { useMemo, type ReactElement } from 'react';
import { Group, Rect, Text } from 'react-konva';
import type { SafeZoneGeometry } from '../../shared/scene/safe-zones';
import type { FrameFit } from './fit';

const MASK = '#ff3b5c';
const EDGE = '#ffd166';

/**
 * A platform's UI safe zone over the frame: the bands its own interface covers as translucent
 * masks, the safe area's edge as a dashed line and the platform's name in its corner. Guides
 * only: never part of the scene, never exported.
 */
export function SafeZoneGuides({
  fit,
  zone,
}: {
  fit: FrameFit;
  zone: SafeZoneGeometry;
}): ReactElement {
  const { safe } = zone;
  const px = 1 / Math.max(fit.scale, 0.01);
  // A new array every render would make Konva redraw the layer on every playback frame.
  const dash = useMemo(() => [8 * px, 5 * px], [px]);
  return (
    <Group
      x={fit.x}
      y={fit.y}
      scaleX={fit.scale}
      scaleY={fit.scale}
      listening={false}
      name="safe-zone-guides"
    >
      {zone.covered.map((band, index) => (
        <Rect key={index} {...band} fill={MASK} opacity={0.16} />
      ))}
      <Rect
        {...safe}
        stroke={EDGE}
        strokeWidth={1.5}
        strokeScaleEnabled={false}
        dash={dash}
        opacity={0.9}
      />
      <Text
        x={safe.x + 6 * px}
        y={safe.y + 6 * px}
        text={`${zone.label} safe area`}
        fontSize={11 * px}
        fontFamily="system-ui, sans-serif"
        fill={EDGE}
        opacity={0.9}
      />
    </Group>
  );
}

import type { MediaAsset, MediaProbe } from '../../shared/model';
import { formatResolution } from '../app/format';

/** Size as the viewer sees it (after rotation). */
export function displaySize(probe: MediaProbe): { width?: number; height?: number } {
  return {
    width: probe.displayWidth ?? probe.width,
    height: probe.displayHeight ?? probe.height,
  };
}

/** The bin's badge: resolution for pictures, "Audio" for sound. */
export function mediaBadge(asset: MediaAsset): string {
  const { width, height } = displaySize(asset.probe);
  const resolution = formatResolution(width, height);
  switch (asset.probe.kind) {
    case 'audio':
      return 'Audio';
    case 'image':
      return resolution ? `Image ${resolution}` : 'Image';
    case 'video':
      return resolution || 'Video';
  }
}

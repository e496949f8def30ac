import { documentDurationMs } from '../model/timeline';
import { NO_ANIMATION, staticTransform } from '../model/animation';
import type { ProjectDocument } from '../model/document';
import type { IconOverlay } from '../model/overlays';

/** How long an icon added from the library lasts when the timeline has room. */
export const NEW_ICON_DURATION_MS = 3000;
/** Drawn size of a new icon on a 1080-wide frame (scaled with the frame's width). */
export const NEW_ICON_SIZE_PX = 240;

export interface NewIconOptions {
  id: string;
  /** "body/lungs" or "outline/body/lungs", already resolved against the catalogue. */
  iconId: string;
  start: number;
  /** Defaults to start + 3 s. */
  end?: number;
  /** Centre of the icon as fractions of the frame; default the upper third's middle. */
  x?: number;
  y?: number;
  sizePx?: number;
  fill?: string;
  outline?: string;
}

/**
 * A new icon overlay in the brand kit's colours (glyph in the kit's text colour with a
 * primary-colour outline, so it reads over footage). Without an explicit end it lasts 3 s, and
 * near the end of a longer timeline it starts earlier so it ends with the timeline rather than
 * stretching it.
 */
export function newIconOverlay(doc: ProjectDocument, options: NewIconOptions): IconOverlay {
  let start = Math.max(0, Math.round(options.start));
  let end = options.end === undefined ? undefined : Math.round(options.end);
  if (end === undefined) {
    const total = documentDurationMs(doc);
    if (total >= NEW_ICON_DURATION_MS && start + NEW_ICON_DURATION_MS > total) {
      start = total - NEW_ICON_DURATION_MS;
    }
    end = start + NEW_ICON_DURATION_MS;
  }
  const defaultSize = Math.round((NEW_ICON_SIZE_PX * doc.format.width) / 1080);
  return {
    id: options.id,
    kind: 'icon',
    iconId: options.iconId,
    start,
    end,
    transform: staticTransform(options.x ?? 0.5, options.y ?? 0.3),
    // No animation: it appears at the playhead, where the person is looking now.
    enter: { ...NO_ANIMATION },
    exit: { ...NO_ANIMATION },
    fill: options.fill ?? doc.brandKit.colors.text,
    outline: options.outline ?? doc.brandKit.colors.primary,
    sizePx: Math.round(options.sizePx ?? defaultSize),
  };
}

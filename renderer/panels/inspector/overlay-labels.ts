import type { OverlayKind } from '../../../shared/model';
import type { Parsed } from './fields/parse';

export const OVERLAY_KIND_LABEL: Record<OverlayKind, string> = {
  icon: 'Icon',
  callout: 'Callout',
  shape: 'Shape',
  image: 'Image',
  text: 'Text',
  citationChip: 'Citation chip',
};

/** Text an overlay draws: not blank and at most `max` characters. */
export function validateOverlayText(max: number) {
  return (text: string): Parsed<string> => {
    if (text.trim() === '') return { ok: false, message: 'The text must not be empty.' };
    if (text.length > max) {
      return { ok: false, message: `At most ${max} characters (this is ${text.length}).` };
    }
    return { ok: true, value: text };
  };
}

const ICON_ID = /^[a-z0-9_-]+(?:\/[a-z0-9_-]+)*$/;

/** A healthicons id such as "body/lungs" (lower case, folders separated by "/"). */
export function parseIconId(text: string): Parsed<string> {
  const id = text
    .trim()
    .toLowerCase()
    .replace(/^\/+|\/+$/g, '');
  if (!ICON_ID.test(id)) {
    return { ok: false, message: 'Icon ids look like "body/lungs" (letters, digits, _ and -).' };
  }
  return { ok: true, value: id };
}

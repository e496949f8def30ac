import type { FormattedReference } from '../../../shared/api/calls/citations';

/**
 * The post description the "Copy description" button puts on the clipboard, laid out like the
 * export's description sidecar (main/engine/export/description.ts): the title, a line of
 * hashtags (#health #medicine and the project's name as one tag), and the numbered references.
 */

const DEFAULT_HASHTAGS = ['health', 'medicine'];

/** "#KneeAnatomy" from "Knee anatomy"; null when nothing taggable is left. */
export function toHashtag(text: string): string | null {
  const words = text
    .replace(/^#/, '')
    .split(/[^\p{L}\p{M}\p{N}_]+/u)
    .filter((word) => word !== '');
  if (words.length === 0) return null;
  const joined =
    words.length === 1
      ? words[0]!
      : words.map((word) => word[0]!.toLocaleUpperCase() + word.slice(1)).join('');
  return `#${joined}`;
}

export function hashtagsFor(title: string): string[] {
  const tags: string[] = [];
  for (const candidate of [...DEFAULT_HASHTAGS, title]) {
    const tag = toHashtag(candidate);
    if (tag !== null && !tags.some((t) => t.toLocaleLowerCase() === tag.toLocaleLowerCase())) {
      tags.push(tag);
    }
  }
  return tags;
}

export function descriptionText(title: string, references: readonly FormattedReference[]): string {
  const sections = [title, hashtagsFor(title).join(' ')];
  if (references.length > 0) {
    const lines = references.map((reference) => `${reference.number}. ${reference.text}`);
    sections.push(['References', ...lines].join('\n'));
  }
  return `${sections.join('\n\n')}\n`;
}

import type { ProjectDocument } from '../../../shared/model';
import { referenceList } from './references';

/**
 * The post description written beside an export (`.txt`): the title (the project's name), a
 * line of hashtags, and the numbered references once the project cites sources.
 *
 * Hashtags: #health and #medicine, then the project's name as one tag ("Knee anatomy" ->
 * #KneeAnatomy), then the caller's own (`extraHashtags`, with or without "#"). Tags keep
 * letters, digits and "_" only (what the platforms link), and repeats are dropped regardless of
 * case.
 */
export const DEFAULT_HASHTAGS: readonly string[] = ['health', 'medicine'];

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

export function descriptionHashtags(
  doc: ProjectDocument,
  extraHashtags: readonly string[] = [],
): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const candidate of [...DEFAULT_HASHTAGS, doc.name, ...extraHashtags]) {
    const tag = toHashtag(candidate);
    if (tag === null || seen.has(tag.toLocaleLowerCase())) continue;
    seen.add(tag.toLocaleLowerCase());
    tags.push(tag);
  }
  return tags;
}

export function buildDescription(
  doc: ProjectDocument,
  options: { extraHashtags?: readonly string[] } = {},
): string {
  const sections = [doc.name, descriptionHashtags(doc, options.extraHashtags).join(' ')];
  const references = referenceList(doc);
  if (references.length > 0) sections.push(['References', ...references].join('\n'));
  return `${sections.join('\n\n')}\n`;
}

import {
  iconOverlayId,
  parseIconReference,
  type IconCatalogEntry,
  type IconStyle,
} from './icon-catalog';

/** Lower-case words of a name, title, tag or query ("heart_organ" -> ["heart", "organ"]). */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s_/,.()-]+/)
    .filter((word) => word !== '');
}

interface Haystack {
  entry: IconCatalogEntry;
  nameWords: string[];
  titleWords: string[];
  tagWords: string[];
  tagPhrases: string[];
  category: string;
}

const haystacks = new WeakMap<readonly IconCatalogEntry[], Haystack[]>();

function haystacksOf(catalog: readonly IconCatalogEntry[]): Haystack[] {
  let built = haystacks.get(catalog);
  if (built === undefined) {
    built = catalog.map((entry) => ({
      entry,
      nameWords: words(entry.name),
      titleWords: words(entry.title),
      tagWords: entry.tags.flatMap(words),
      tagPhrases: entry.tags.map((tag) => tag.toLowerCase()),
      category: entry.category.toLowerCase(),
    }));
    haystacks.set(catalog, built);
  }
  return built;
}

/** How well one query word matches an icon; 0 is no match. Names beat titles beat tags. */
function wordScore(word: string, hay: Haystack): number {
  const best = (candidates: string[], exact: number, prefix: number, inside: number): number => {
    let score = 0;
    for (const candidate of candidates) {
      if (candidate === word) return exact;
      if (candidate.startsWith(word)) score = Math.max(score, prefix);
      else if (word.length >= 3 && candidate.includes(word)) score = Math.max(score, inside);
    }
    return score;
  };
  return Math.max(
    best(hay.nameWords, 60, 45, 20),
    best(hay.titleWords, 50, 40, 15),
    best(hay.tagWords, 35, 25, 10),
    hay.category === word ? 30 : hay.category.startsWith(word) ? 12 : 0,
  );
}

export interface IconQuery {
  /** Words to find in the icon's name, title, category or tags; all must match. */
  text?: string;
  /** Only icons of this category. */
  category?: string;
}

/**
 * The icons matching a query, best first: every query word must match a name, title, tag or the
 * category (whole word, word prefix, or inside a word for 3+ letters). A query that equals a tag
 * phrase ("red cross") ranks those icons higher. No words: the whole (category's) catalogue.
 */
export function searchIcons(
  catalog: readonly IconCatalogEntry[],
  query: IconQuery,
): IconCatalogEntry[] {
  const inCategory = (hay: Haystack) =>
    query.category === undefined || hay.entry.category === query.category;
  const queryWords = words(query.text ?? '');
  if (queryWords.length === 0) {
    return haystacksOf(catalog)
      .filter(inCategory)
      .map((hay) => hay.entry);
  }
  const phrase = queryWords.join(' ');
  const scored: { entry: IconCatalogEntry; score: number }[] = [];
  for (const hay of haystacksOf(catalog)) {
    if (!inCategory(hay)) continue;
    let score = 0;
    for (const word of queryWords) {
      const matched = wordScore(word, hay);
      if (matched === 0) {
        score = 0;
        break;
      }
      score += matched;
    }
    if (score === 0) continue;
    if (queryWords.length > 1 && hay.tagPhrases.includes(phrase)) score += 20;
    scored.push({ entry: hay.entry, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.entry.title.localeCompare(b.entry.title))
    .map(({ entry }) => entry);
}

/** Edit distance (insert, delete, substitute) between two short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The icon paths closest to a mistyped id, for "did you mean": icons one edit away, then
 * icons the words find, then icons a few edits away (relative to length), up to `limit`.
 */
export function suggestIcons(
  catalog: readonly IconCatalogEntry[],
  text: string,
  limit = 3,
): string[] {
  const typed = text
    .trim()
    .toLowerCase()
    .replace(/^(filled|outline)\//, '');
  const typedName = typed.includes('/') ? typed.slice(typed.lastIndexOf('/') + 1) : typed;
  const byDistance = catalog
    .map((entry) => ({
      path: entry.path,
      distance: Math.min(
        editDistance(typed, entry.path.toLowerCase()),
        editDistance(typedName, entry.name.toLowerCase()) + (typed.includes('/') ? 1 : 0),
      ),
    }))
    .filter(({ distance }) => distance <= Math.max(2, Math.floor(typedName.length / 3)))
    .sort((a, b) => a.distance - b.distance || a.path.localeCompare(b.path));
  const byWords = searchIcons(catalog, { text: typed }).map((entry) => entry.path);
  // One slip first, then what the words find ("heart" -> heart_organ), then looser spellings.
  const close = byDistance.filter(({ distance }) => distance <= 1).map(({ path }) => path);
  const loose = byDistance.filter(({ distance }) => distance > 1).map(({ path }) => path);
  return [...new Set([...close, ...byWords, ...loose])].slice(0, limit);
}

export type IconResolution =
  | { ok: true; entry: IconCatalogEntry; style: IconStyle; iconId: string }
  | { ok: false; reason: string; suggestions: string[] };

/**
 * An icon id as typed ("body/lungs", "outline/body/lungs", any letter case) resolved against
 * the catalogue, or the reason it is not an icon with the closest names.
 */
export function resolveIcon(catalog: readonly IconCatalogEntry[], text: string): IconResolution {
  const reference = parseIconReference(text);
  if (reference === undefined) {
    return {
      ok: false,
      reason: `"${text}" is not an icon id; use "category/name" (e.g. "body/lungs"), optionally prefixed "outline/"`,
      suggestions: suggestIcons(catalog, text),
    };
  }
  const wanted = reference.path.toLowerCase();
  const entry = catalog.find((candidate) => candidate.path.toLowerCase() === wanted);
  if (entry === undefined) {
    return {
      ok: false,
      reason: `healthicons has no icon "${reference.path}"`,
      suggestions: suggestIcons(catalog, reference.path),
    };
  }
  return {
    ok: true,
    entry,
    style: reference.style,
    iconId: iconOverlayId(entry.path, reference.style),
  };
}

import type { CslDate, CslItem, CslName } from '../model/citations';

/** Chips stay short enough to read in a glance on a phone. */
export const CHIP_LABEL_MAX_LENGTH = 60;

function nameOf(name: CslName): string {
  return (name.family ?? name.literal ?? name.given ?? '').trim();
}

/** "Smith", "Smith & Jones", "Smith et al."; editors stand in when there are no authors. */
export function authorPart(item: CslItem): string {
  const people = (item.author?.length ? item.author : item.editor) ?? [];
  const names = people.map(nameOf).filter((name) => name !== '');
  const [first, second] = names;
  if (first === undefined) return '';
  if (names.length === 1) return first;
  if (names.length === 2 && second !== undefined) return `${first} & ${second}`;
  return `${first} et al.`;
}

/** The year an item was issued, from its date parts or else any four-digit year in its text. */
export function yearOf(date: CslDate | undefined): string {
  const first = date?.['date-parts']?.[0]?.[0];
  if (first !== undefined && /^\d{3,4}$/.test(String(first).trim())) return String(first).trim();
  const text = `${date?.raw ?? ''} ${date?.literal ?? ''}`;
  return /\b(1[5-9]\d\d|2\d\d\d)\b/.exec(text)?.[1] ?? '';
}

function stringField(item: CslItem, field: string): string {
  const value = (item as Record<string, unknown>)[field];
  return typeof value === 'string' ? value.trim() : '';
}

/** The journal's abbreviation when known, else its title, else the publisher. */
export function venuePart(item: CslItem): string {
  return (
    stringField(item, 'container-title-short') ||
    stringField(item, 'journalAbbreviation') ||
    stringField(item, 'container-title') ||
    stringField(item, 'publisher')
  );
}

function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/**
 * A citation's on-screen label: "Smith et al., N Engl J Med 2023", "World Health Organization,
 * 2024", or the title when there are no authors. Never empty ("Source" as a last resort).
 */
export function citationShortLabel(item: CslItem): string {
  const authors = authorPart(item);
  let venue = venuePart(item);
  if (venue !== '' && venue.toLowerCase() === authors.toLowerCase()) venue = '';
  const year = yearOf(item.issued);
  const lead = authors || (venue === '' ? (item.title ?? '').trim() : '');
  const tail = [venue, year].filter((part) => part !== '').join(' ');
  const label = [lead, tail].filter((part) => part !== '').join(', ');
  return shorten(label === '' ? 'Source' : label, CHIP_LABEL_MAX_LENGTH);
}

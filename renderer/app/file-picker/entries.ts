import { extensionOf } from '../paths';

export interface PickerEntry {
  name: string;
  path: string;
  kind: 'dir' | 'file';
  sizeBytes?: number;
}

export type PickerMode = 'files' | 'directory';

/** What a person can open with MedClip Studio; lower-case, without the dot. */
export const MEDIA_EXTENSIONS = [
  'mp4',
  'mov',
  'm4v',
  'mkv',
  'webm',
  'avi',
  'mts',
  'm2ts',
  'mp3',
  'wav',
  'm4a',
  'aac',
  'flac',
  'ogg',
  'opus',
  'png',
  'jpg',
  'jpeg',
  'webp',
] as const;

export const PROJECT_EXTENSIONS = ['medclip'] as const;

/**
 * Folders first, then files, each in natural order; hidden entries are left out, files are kept
 * only if their extension is wanted, and a folder picker shows folders only.
 */
export function visibleEntries(
  entries: readonly PickerEntry[],
  mode: PickerMode,
  extensions: readonly string[] | undefined,
): PickerEntry[] {
  const wanted = extensions ? new Set(extensions.map((ext) => ext.toLowerCase())) : undefined;
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return entries
    .filter((entry) => !entry.name.startsWith('.'))
    .filter((entry) => {
      if (entry.kind === 'dir') return true;
      if (mode === 'directory') return false;
      return !wanted || wanted.has(extensionOf(entry.name));
    })
    .sort((a, b) => {
      if (a.kind !== b.kind) return a.kind === 'dir' ? -1 : 1;
      return collator.compare(a.name, b.name);
    });
}

/** Clicking a file: toggles it in a multi-select picker, replaces the selection otherwise. */
export function toggleSelection(
  selected: readonly string[],
  path: string,
  multiple: boolean,
): string[] {
  if (!multiple) return selected.length === 1 && selected[0] === path ? [] : [path];
  return selected.includes(path) ? selected.filter((item) => item !== path) : [...selected, path];
}

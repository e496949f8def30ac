import { describe, expect, it } from 'vitest';
import {
  MEDIA_EXTENSIONS,
  toggleSelection,
  visibleEntries,
  type PickerEntry,
} from '../../../../../renderer/app/file-picker/entries';

const entries: PickerEntry[] = [
  { name: 'clip10.mp4', path: '/f/clip10.mp4', kind: 'file', sizeBytes: 10 },
  { name: 'Zebra', path: '/f/Zebra', kind: 'dir' },
  { name: 'clip2.MOV', path: '/f/clip2.MOV', kind: 'file', sizeBytes: 10 },
  { name: 'notes.txt', path: '/f/notes.txt', kind: 'file', sizeBytes: 10 },
  { name: '.cache', path: '/f/.cache', kind: 'dir' },
  { name: 'archive', path: '/f/archive', kind: 'dir' },
];

describe('visibleEntries', () => {
  it('lists folders first, then wanted files in natural order, without hidden entries', () => {
    expect(visibleEntries(entries, 'files', MEDIA_EXTENSIONS).map((e) => e.name)).toEqual([
      'archive',
      'Zebra',
      'clip2.MOV',
      'clip10.mp4',
    ]);
  });

  it('shows every file when no extensions are given', () => {
    expect(visibleEntries(entries, 'files', undefined)).toHaveLength(5);
  });

  it('shows only folders in a folder picker', () => {
    expect(visibleEntries(entries, 'directory', MEDIA_EXTENSIONS).map((e) => e.name)).toEqual([
      'archive',
      'Zebra',
    ]);
  });
});

describe('toggleSelection', () => {
  it('toggles files in and out of a multiple selection', () => {
    expect(toggleSelection([], '/a', true)).toEqual(['/a']);
    expect(toggleSelection(['/a'], '/b', true)).toEqual(['/a', '/b']);
    expect(toggleSelection(['/a', '/b'], '/a', true)).toEqual(['/b']);
  });

  it('keeps a single selection to one file', () => {
    expect(toggleSelection(['/a'], '/b', false)).toEqual(['/b']);
    expect(toggleSelection(['/b'], '/b', false)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  baseName,
  defaultProjectPath,
  dirName,
  extensionOf,
  isAbsolutePath,
  joinPath,
  projectFileName,
} from '../../../../renderer/app/paths';

describe('paths', () => {
  it('joins with the separator the folder already uses', () => {
    expect(joinPath('/home/ana', 'a.medclip')).toBe('/home/ana/a.medclip');
    expect(joinPath('/home/ana/', 'a.medclip')).toBe('/home/ana/a.medclip');
    expect(joinPath('C:\\Users\\ana', 'a.medclip')).toBe('C:\\Users\\ana\\a.medclip');
  });

  it('splits names and folders', () => {
    expect(baseName('/footage/knee scan.MP4')).toBe('knee scan.MP4');
    expect(baseName('C:\\clips\\a.mov')).toBe('a.mov');
    expect(dirName('/footage/knee.mp4')).toBe('/footage');
    expect(dirName('/knee.mp4')).toBe('/');
    expect(extensionOf('/footage/knee.MP4')).toBe('mp4');
    expect(extensionOf('/footage/.hidden')).toBe('');
  });

  it('builds a safe project file name from what was typed', () => {
    expect(projectFileName('Knee: what/why?')).toBe('Knee- what-why-.medclip');
    expect(projectFileName('  ')).toBe('Untitled.medclip');
    expect(projectFileName('Trailing dots...')).toBe('Trailing dots.medclip');
  });

  it('suggests <home>/MedClip Projects/<name>.medclip', () => {
    expect(defaultProjectPath('/home/ana', 'ACL repair')).toBe(
      '/home/ana/MedClip Projects/ACL repair.medclip',
    );
  });

  it('recognises absolute paths', () => {
    expect(isAbsolutePath('/x')).toBe(true);
    expect(isAbsolutePath('D:\\x')).toBe(true);
    expect(isAbsolutePath('\\\\server\\share')).toBe(true);
    expect(isAbsolutePath('x/y')).toBe(false);
    expect(isAbsolutePath('~/x')).toBe(false);
  });
});

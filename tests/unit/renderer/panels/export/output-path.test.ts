import { describe, expect, it } from 'vitest';
import {
  defaultExportPath,
  exportFileName,
  outputPathProblem,
} from '../../../../../renderer/panels/export/output-path';

describe('exportFileName', () => {
  it('joins the project name and the preset label', () => {
    expect(exportFileName('Knee explainer', 'TikTok')).toBe('Knee explainer - TikTok.mp4');
  });

  it('replaces characters file systems refuse and trims trailing dots', () => {
    expect(exportFileName('ACL: before/after?', 'YouTube Shorts')).toBe(
      'ACL- before-after- - YouTube Shorts.mp4',
    );
    expect(exportFileName('  ...  ', 'TikTok')).toBe('Untitled - TikTok.mp4');
  });
});

describe('defaultExportPath', () => {
  it('puts the video beside the project file', () => {
    expect(
      defaultExportPath('/home/ana/Projects/Knee.medclip', 'Knee explainer', 'Instagram Reels'),
    ).toBe('/home/ana/Projects/Knee explainer - Instagram Reels.mp4');
  });

  it('follows Windows separators', () => {
    expect(defaultExportPath('C:\\Clips\\Knee.medclip', 'Knee', 'TikTok')).toBe(
      'C:\\Clips\\Knee - TikTok.mp4',
    );
  });
});

describe('outputPathProblem', () => {
  it('accepts an absolute .mp4 path', () => {
    expect(outputPathProblem('/tmp/out/Knee - TikTok.mp4')).toBeNull();
    expect(outputPathProblem('D:\\out\\clip.MP4')).toBeNull();
  });

  it('says what is wrong with the others', () => {
    expect(outputPathProblem('  ')).toBe('Choose where to save the video.');
    expect(outputPathProblem('out/clip.mp4')).toMatch(/full path/);
    expect(outputPathProblem('/tmp/clip.mov')).toMatch(/end the name in \.mp4/);
  });
});

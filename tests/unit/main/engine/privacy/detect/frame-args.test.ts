import { describe, expect, it } from 'vitest';
import {
  detectionFrameSize,
  parseSceneCuts,
  sampledFramesArgs,
  sceneCutArgs,
  stillFrameArgs,
} from '../../../../../../main/engine/privacy/detect/frame-args';

describe('face scan ffmpeg arguments', () => {
  it('scales the detection copy down to the long side, never up, with even sides', () => {
    expect(detectionFrameSize({ width: 1920, height: 1080 }, 1280)).toEqual({
      width: 1280,
      height: 720,
    });
    expect(detectionFrameSize({ width: 1080, height: 1920 }, 640)).toEqual({
      width: 360,
      height: 640,
    });
    expect(detectionFrameSize({ width: 500, height: 375 }, 1280)).toEqual({
      width: 500,
      height: 376,
    });
    expect(() => detectionFrameSize({ width: 0, height: 10 }, 640)).toThrow(/positive/);
  });

  it('decodes sampled frames as raw RGB in coded orientation from a file: URL', () => {
    const args = sampledFramesArgs('/m/clip.mp4', {
      startMs: 4000,
      durationMs: 4000,
      sampleRate: 5,
      size: { width: 1280, height: 720 },
    });
    expect(args.join(' ')).toContain(
      '-ss 4.000 -noautorotate -protocol_whitelist file -i file:/m/clip.mp4 -t 4.000',
    );
    expect(args).toContain('fps=5,scale=1280:720:flags=bilinear');
    expect(args.slice(-5)).toEqual(['-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1']);
    expect(args).not.toContain('-nostdin');
    expect(
      sampledFramesArgs('/m/a.mp4', {
        startMs: 0,
        durationMs: 1000,
        sampleRate: 2,
        size: { width: 2, height: 2 },
      }),
    ).not.toContain('-ss');
  });

  it('takes one frame of a still and refuses relative paths', () => {
    const args = stillFrameArgs('/m/photo.jpg', { width: 500, height: 376 });
    expect(args).toContain('-frames:v');
    expect(args).toContain('scale=500:376:flags=bilinear');
    expect(() => stillFrameArgs('photo.jpg', { width: 2, height: 2 })).toThrow(/absolute/);
  });

  it('finds scene cuts with the scene score and parses their times', () => {
    expect(sceneCutArgs('/m/a.mp4').join(' ')).toContain(
      "select='gt(scene,0.3)',metadata=print:file=-",
    );
    const stdout =
      'frame:0    pts:25600   pts_time:2\nlavfi.scene_score=0.55\nframe:1 pts:1 pts_time:7.48\n';
    expect(parseSceneCuts(stdout)).toEqual([2000, 7480]);
    expect(parseSceneCuts('')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  createProgressReader,
  estimateEta,
  parseFfmpegTimestamp,
  parseProgressBlock,
  parseStatsLine,
  progressFraction,
  type ProgressSnapshot,
} from '../../../../../main/engine/ffmpeg/progress';

// Captured from ffmpeg 5.1.9 (Debian): `ffmpeg -hide_banner -y -progress pipe:1 -stats_period 0.5
// -re -f lavfi -i testsrc2=size=320x240:rate=25:duration=1.2 -c:v libx264 -preset ultrafast out.mp4`
const CAPTURED_PROGRESS = `frame=1
fps=0.00
stream_0_0_q=0.0
bitrate=N/A
total_size=48
out_time_us=0
out_time_ms=0
out_time=00:00:00.000000
dup_frames=0
drop_frames=0
speed=N/A
progress=continue
frame=13
fps=0.00
stream_0_0_q=20.0
bitrate=   1.2kbits/s
total_size=48
out_time_us=320078
out_time_ms=320078
out_time=00:00:00.320078
dup_frames=0
drop_frames=0
speed=0.634x
progress=continue
frame=26
fps=25.75
stream_0_0_q=20.0
bitrate=   0.5kbits/s
total_size=48
out_time_us=840078
out_time_ms=840078
out_time=00:00:00.840078
dup_frames=0
drop_frames=0
speed=0.832x
progress=continue
frame=30
fps=24.86
stream_0_0_q=-1.0
bitrate= 749.2kbits/s
total_size=108642
out_time_us=1160078
out_time_ms=1160078
out_time=00:00:01.160078
dup_frames=0
drop_frames=0
speed=0.961x
progress=end
`;

// The same run's stderr stats lines (ffmpeg separates them with a bare CR).
const CAPTURED_STATS = [
  'frame=    1 fps=0.0 q=0.0 size=       0kB time=00:00:00.00 bitrate=N/A speed=N/A    ',
  'frame=   26 fps= 26 q=20.0 size=       0kB time=00:00:00.84 bitrate=   0.5kbits/s speed=0.832x    ',
  'frame=   30 fps= 25 q=-1.0 Lsize=     106kB time=00:00:01.16 bitrate= 749.2kbits/s speed=0.961x    ',
];

function readAll(text: string, chunkSize: number): ProgressSnapshot[] {
  const blocks: ProgressSnapshot[] = [];
  const push = createProgressReader((b) => blocks.push(b));
  for (let i = 0; i < text.length; i += chunkSize) push(text.slice(i, i + chunkSize));
  return blocks;
}

describe('parseProgressBlock', () => {
  it('reads a captured middle block', () => {
    const block = CAPTURED_PROGRESS.split('\n').slice(24, 36);
    expect(parseProgressBlock(block)).toEqual({
      outTimeMs: 840,
      frame: 26,
      fps: 25.75,
      speed: 0.832,
      totalSizeBytes: 48,
      done: false,
    });
  });

  it('marks N/A as null and the last block as done', () => {
    const blocks = readAll(CAPTURED_PROGRESS, 1000);
    expect(blocks[0]?.speed).toBeNull();
    expect(blocks[0]?.outTimeMs).toBe(0);
    expect(blocks.at(-1)).toEqual({
      outTimeMs: 1160,
      frame: 30,
      fps: 24.86,
      speed: 0.961,
      totalSizeBytes: 108642,
      done: true,
    });
  });

  it('never reads out_time_ms as milliseconds (it holds microseconds)', () => {
    expect(parseProgressBlock(['out_time_ms=2500000', 'progress=continue']).outTimeMs).toBe(2500);
  });

  it('falls back to out_time text when no microsecond field is present', () => {
    expect(parseProgressBlock(['out_time=00:01:02.500000']).outTimeMs).toBe(62_500);
    expect(parseProgressBlock(['out_time_us=N/A', 'out_time=N/A']).outTimeMs).toBeNull();
  });
});

describe('createProgressReader', () => {
  it('gives the same four blocks however the text is chunked', () => {
    const whole = readAll(CAPTURED_PROGRESS, 100_000);
    expect(whole).toHaveLength(4);
    expect(readAll(CAPTURED_PROGRESS, 7)).toEqual(whole);
    expect(readAll(CAPTURED_PROGRESS, 1)).toEqual(whole);
    expect(whole.map((b) => b.outTimeMs)).toEqual([0, 320, 840, 1160]);
  });
});

describe('parseStatsLine', () => {
  it('reads captured stderr stats lines', () => {
    expect(parseStatsLine(CAPTURED_STATS[1] ?? '')).toEqual({
      outTimeMs: 840,
      frame: 26,
      fps: 26,
      speed: 0.832,
      totalSizeBytes: 0,
      done: false,
    });
    expect(parseStatsLine(CAPTURED_STATS[2] ?? '')).toMatchObject({
      outTimeMs: 1160,
      totalSizeBytes: 106 * 1024,
      done: true,
    });
    expect(parseStatsLine(CAPTURED_STATS[0] ?? '')?.speed).toBeNull();
  });

  it('ignores lines that are not stats', () => {
    expect(parseStatsLine('[libx264 @ 0x55] using cpu capabilities: MMX2 SSE2Fast')).toBeNull();
  });
});

describe('parseFfmpegTimestamp', () => {
  it('parses hours, minutes, fractional seconds and a sign', () => {
    expect(parseFfmpegTimestamp('01:02:03.5')).toBe(3_723_500);
    expect(parseFfmpegTimestamp('-00:00:00.040000')).toBe(-40);
    expect(parseFfmpegTimestamp('N/A')).toBeNull();
  });
});

describe('progressFraction and estimateEta', () => {
  it('clamps the fraction and treats unknowns as no progress', () => {
    expect(progressFraction(1160, 2320)).toBe(0.5);
    expect(progressFraction(5000, 2000)).toBe(1);
    expect(progressFraction(null, 2000)).toBe(0);
    expect(progressFraction(100, 0)).toBe(0);
  });

  it('extrapolates the rate so far', () => {
    expect(estimateEta(10_000, 0.25)).toBe(30_000);
    expect(estimateEta(1_000, 1)).toBe(0);
  });

  it('says nothing before the first percent', () => {
    expect(estimateEta(500, 0.005)).toBeNull();
    expect(estimateEta(500, 0)).toBeNull();
    expect(estimateEta(500, 0.005, 0.001)).toBe(99_500);
  });
});

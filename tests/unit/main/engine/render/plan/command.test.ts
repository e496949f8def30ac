import { describe, expect, it } from 'vitest';
import { buildExportCommand } from '../../../../../../main/engine/render/plan/command';
import { resolvePreset } from '../../../../../../main/engine/render/presets';
import { audioProbe, imageProbe } from '../../../../shared/fixtures';
import { asset, clip, documentWith, rotatedProbe, wideProbe } from './documents';

function plan(overlayListPath: string | null = '/work/job/overlays.ffconcat') {
  const doc = documentWith(
    [
      asset('med_a', wideProbe()),
      asset('med_b', rotatedProbe()),
      asset('med_m', audioProbe(), '/media/music.m4a'),
    ],
    [
      clip('c1', 'med_a', { start: 0, in: 1500, out: 3500 }),
      clip('c2', 'med_b', {
        start: 2000,
        in: 0,
        out: 1000,
        muted: true,
        reframe: { mode: 'fit-blur', blurStrength: 30 },
      }),
    ],
    (doc) => {
      doc.tracks.audio.push({
        id: 'aud1',
        mediaId: 'med_m',
        start: 500,
        in: 0,
        out: 2000,
        volume: 0.4,
        fadeInMs: 0,
        fadeOutMs: 500,
      });
    },
  );
  return buildExportCommand({
    doc,
    preset: resolvePreset('tiktok', 30),
    overlayListPath,
    filterScriptPath: '/work/job/graph.txt',
    outputPath: '/out/.knee.partial-1.mp4',
  });
}

describe('buildExportCommand', () => {
  it('builds one command: seeked inputs per clip, the overlay list, the audio clip', () => {
    const { args, frames, durationMs } = plan();
    expect(durationMs).toBe(3000);
    expect(frames).toBe(90);
    const text = args.join(' ');
    expect(text).toContain(
      '-ss 1.500 -t 2.100 -noautorotate -an -sn -dn -protocol_whitelist file -i file:/media/med_a.mp4 ' +
        // The same file again for its sound alone (see command.ts).
        '-ss 1.500 -t 2.100 -vn -sn -dn -protocol_whitelist file -i file:/media/med_a.mp4',
    );
    expect(text).toContain(
      '-t 1.100 -noautorotate -an -sn -dn -protocol_whitelist file -i file:/media/med_b.mp4 -f concat',
    );
    expect(text).toContain(
      '-f concat -safe 0 -protocol_whitelist file -i file:/work/job/overlays.ffconcat',
    );
    expect(text).toContain(
      '-t 2.100 -vn -sn -dn -protocol_whitelist file -i file:/media/music.m4a',
    );
    expect(args.slice(0, 8)).toEqual([
      '-hide_banner',
      '-nostats',
      '-progress',
      'pipe:1',
      '-v',
      'error',
      '-y',
      '-ss',
    ]);
    expect(args).not.toContain('-nostdin');
    expect(text).toContain(
      '-filter_complex_script file:/work/job/graph.txt -map [video] -map [sound]',
    );
  });

  it('encodes H.264 High with capped CRF, a closed 2 s GOP and AAC-LC 48 kHz stereo', () => {
    const text = plan().args.join(' ');
    expect(text).toContain(
      '-c:v libx264 -preset medium -profile:v high -level:v 4.1 -pix_fmt yuv420p -crf 20 -maxrate 10000k -bufsize 20000k -g 60 -keyint_min 60 -sc_threshold 0 -bf 2 -flags:v +cgop -fps_mode cfr',
    );
    expect(text).toContain('-c:a aac -profile:a aac_low -b:a 192k -ar 48000 -ac 2');
  });

  it('strips every source tag and chapter, writes faststart MP4 to a local file only', () => {
    const { args } = plan();
    expect(args.slice(-17)).toEqual([
      '-map_metadata',
      '-1',
      '-map_chapters',
      '-1',
      '-metadata:s:v',
      'handler_name=VideoHandler',
      '-metadata:s:a',
      'handler_name=SoundHandler',
      '-fflags',
      '+bitexact',
      '-movflags',
      '+faststart',
      '-protocol_whitelist',
      'file',
      '-f',
      'mp4',
      'file:/out/.knee.partial-1.mp4',
    ]);
  });

  it('joins the clips with their sound (silence when muted), overlays the layer and mixes audio', () => {
    const graph = plan().filterGraph;
    expect(graph).toContain('[c0v]null[s0v]');
    // The muted clip gets exact silence for its 30 frames.
    expect(graph).toContain('anullsrc=r=48000:cl=stereo,atrim=end_sample=48000');
    expect(graph).toContain('[s0v][s1v]concat=n=2:v=1:a=0[base]');
    expect(graph).toContain('[s0a][s1a]concat=n=2:v=0:a=1[clipsound]');
    expect(graph).toContain('[3:v:0]settb=1/30[layer]');
    expect(graph).toContain('[base][layer]overlay=x=0:y=0,format=yuv420p,trim=end_frame=90[video]');
    expect(graph).toContain('adelay=delays=500:all=1[x0]');
    expect(graph).toContain('[clipsound][x0]amix=inputs=2');
    expect(graph).toContain('atrim=end_sample=144000[sound]');
    expect(graph.split(';\n').every((chain) => !chain.includes(';'))).toBe(true);
  });

  it('maps the joined clips directly when nothing is drawn over them', () => {
    const { args, filterGraph } = plan(null);
    expect(args.join(' ')).toContain('-map [base] -map [sound]');
    expect(args).not.toContain('concat');
    expect(filterGraph).not.toContain('overlay=x=0:y=0');
  });
});

describe('buildExportCommand with a still image', () => {
  it('loops the picture at the project rate for the clip’s length, with silence', () => {
    const doc = documentWith(
      [asset('med_still', imageProbe(), '/media/diagram.png')],
      [clip('c1', 'med_still', { start: 0, in: 0, out: 1500 })],
    );
    const { args, filterGraph } = buildExportCommand({
      doc,
      preset: resolvePreset('reels', 25),
      overlayListPath: null,
      filterScriptPath: '/job/graph.txt',
      outputPath: '/out/a.mp4',
    });
    expect(args.join(' ')).toContain(
      '-loop 1 -framerate 25 -t 1.600 -an -sn -dn -protocol_whitelist file -i file:/media/diagram.png -filter_complex_script',
    );
    expect(filterGraph).toContain('anullsrc=r=48000:cl=stereo,atrim=end_sample=72960');
    expect(filterGraph).toContain('trim=end_frame=38');
  });
});

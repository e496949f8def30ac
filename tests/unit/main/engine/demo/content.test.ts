import { describe, expect, it } from 'vitest';
import { applyTransaction, invocation } from '../../../../../shared/commands';
import { createDocument } from '../../../../../shared/model';
import { demoInvocations, type DemoIds } from '../../../../../main/engine/demo/content';
import { panFootageArgs } from '../../../../../main/engine/demo/footage';
import { videoProbe } from '../../../shared/fixtures';

const ids: DemoIds = {
  clipId: 'clip_a',
  secondClipId: 'clip_b',
  citationId: 'cit_a',
  cueIds: ['cue_a', 'cue_b', 'cue_c', 'cue_d'],
  iconId: 'ovl_icon',
  chipId: 'ovl_chip',
};

function importedDoc() {
  const doc = createDocument({ id: 'prj_demo', name: 'Demo' });
  const asset = {
    id: 'med_a',
    name: 'demo-footage.mp4',
    path: '/tmp/demo-footage.mp4',
    contentHash: 'ab'.repeat(16),
    sizeBytes: 1000,
    probe: videoProbe(12_000),
  };
  return applyTransaction(doc, [invocation('media.import', { asset, clipId: 'clip_a' })]).doc;
}

describe('demo content', () => {
  it('applies as one valid step: two clips, four cues, a cited claim, an icon and a chip', () => {
    const { doc } = applyTransaction(importedDoc(), demoInvocations(importedDoc(), ids), 'Demo');
    expect(doc.tracks.video.map((c) => [c.start, c.in, c.out, c.reframe.mode])).toEqual([
      [0, 0, 6000, 'fit-blur'],
      [6000, 6000, 12000, 'fill'],
    ]);
    expect(doc.tracks.captions).toHaveLength(4);
    const cited = doc.tracks.captions.filter((c) => c.citationIds.length > 0);
    expect(cited.map((c) => c.text)).toEqual([
      'After ACL surgery, 55% return to competitive sport.',
    ]);
    expect(doc.tracks.overlays.map((o) => o.kind)).toEqual(['icon', 'citationChip']);
    expect(doc.citations[0]?.csl.DOI).toBe('10.1136/bjsports-2013-093398');
  });

  it('pans across every photo with one ffmpeg command', () => {
    const args = panFootageArgs(['/a.jpg', '/b.jpg'], '/out.mp4', 10);
    expect(args.filter((a) => a === '-i')).toHaveLength(3);
    expect(args.join(' ')).toContain("hstack=inputs=2,crop=1920:1080:x='(iw-ow)*t/10'");
    expect(args.at(-1)).toBe('/out.mp4');
  });
});

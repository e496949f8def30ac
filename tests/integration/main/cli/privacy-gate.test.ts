import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestClip } from '../../../support/media';
import { tempDir } from '../../../support/temp';
import { inProcessCli } from '../../../support/cli';
import { registerProjectCommands } from '../../../../main/cli/commands/project';
import { registerRender } from '../../../../main/cli/commands/render';
import { registerAudit } from '../../../../main/cli/commands/audit';

let tmp: ReturnType<typeof tempDir>;

const medclip = inProcessCli([registerProjectCommands, registerRender, registerAudit], () =>
  join(tmp.dir, 'user'),
);

const SLOW = { timeout: 180_000 };
let project: string;
let out: string;

beforeAll(async () => {
  tmp = tempDir('medclip-cli-gate-');
  const clip = makeTestClip(tmp.dir, 'ward-round.mp4', { seconds: 1, width: 160, height: 90 });
  project = join(tmp.dir, 'gate.medclip');
  out = join(tmp.dir, 'gate-out.mp4');
  expect((await medclip('new', project)).code).toBe(0);
  expect((await medclip('import', project, clip)).code).toBe(0);
}, 120_000);
afterAll(() => tmp.cleanup());

describe('medclip render and the privacy gate', () => {
  it('blocks unscanned footage: exit 3 with the reasons listed, and no file', SLOW, async () => {
    const blocked = await medclip('render', project, '--preset', 'tiktok', '--out', out);
    expect(blocked.code).toBe(3);
    expect(blocked.stderr).toContain('export blocked by the privacy gate:');
    expect(blocked.stderr).toContain(
      '  - ward-round.mp4 has not been scanned for faces. Scan faces in ward-round.mp4 (Privacy panel or `medclip scan`).',
    );
    expect(blocked.stderr).toContain('--override-privacy "REASON"');
    expect(existsSync(out)).toBe(false);
  });

  it('an override reason under 10 characters is invalid input (exit 2)', SLOW, async () => {
    const tooShort = await medclip(
      'render',
      project,
      ...['--preset', 'tiktok', '--out', out, '--override-privacy', ' too short  '],
    );
    expect(tooShort.code).toBe(2);
    expect(tooShort.stderr).toMatch(/at least 10 characters/);
    expect(existsSync(out)).toBe(false);
    expect((await medclip('audit', project)).stdout.trim()).toBe('The audit log is empty.');
  });

  it('--override-privacy exports and is recorded in the audit log, newest last', SLOW, async () => {
    const reason = 'Test pattern only, approved by J. Doe (IG lead)';
    const overridden = await medclip(
      'render',
      project,
      ...['--preset', 'tiktok', '--out', out, '--override-privacy', reason],
    );
    expect(overridden.code).toBe(0);
    expect(overridden.stderr).toMatch(/Privacy gate overridden \(audit entry \d+\): Test pattern/);
    expect(existsSync(out)).toBe(true);

    const audit = await medclip('audit', project);
    expect(audit.code).toBe(0);
    const lines = audit.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+ {2}\S.* {2}export\.privacy-override {2}/);
    expect(lines[0]).toContain(`reason: ${reason}`);
    expect(lines[0]).toContain('overrode: ward-round.mp4 has not been scanned for faces.');

    const json = JSON.parse((await medclip('audit', project, '--json')).stdout) as {
      entries: {
        action: string;
        details: { reason: string; reasons: string[]; outPath: string };
      }[];
    };
    expect(json.entries).toHaveLength(1);
    expect(json.entries[0]).toMatchObject({
      action: 'export.privacy-override',
      details: { reason, outPath: out, reasons: [expect.stringContaining('ward-round.mp4')] },
    });
  });

  it('medclip audit --help describes the verb', SLOW, async () => {
    const help = await medclip('audit', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/newest last/);
  });
});

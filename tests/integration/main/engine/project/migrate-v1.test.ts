import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectSessions } from '../../../../../main/engine/project/sessions';
import { replayOp } from '../../../../../main/engine/project/session';
import { ProjectStore } from '../../../../../main/engine/store/project-store';
import { createDocument, type MediaAsset, type ProjectDocument } from '../../../../../shared/model';
import { SCHEMA_VERSION } from '../../../../../shared/model/version';
import { tempDir } from '../../../../support/temp';

let tmp: ReturnType<typeof tempDir>;
let sessions: ProjectSessions;

beforeEach(() => {
  tmp = tempDir();
  sessions = new ProjectSessions({
    appVersion: '0.0.0-test',
    userDataDir: join(tmp.dir, 'user'),
    trackRecent: false,
    emit: () => undefined,
  });
});
afterEach(() => {
  sessions.closeAll();
  tmp.cleanup();
});

const asset: MediaAsset = {
  id: 'med_ward',
  name: 'ward.mp4',
  path: '/footage/ward.mp4',
  contentHash: 'a'.repeat(64),
  sizeBytes: 1000,
  probe: {
    kind: 'video',
    container: 'mov,mp4,m4a,3gp,3g2,mj2',
    durationMs: 12_000,
    width: 1920,
    height: 1080,
    rotation: 0,
    mirrored: false,
    displayWidth: 1920,
    displayHeight: 1080,
    fps: 30,
    variableFrameRate: false,
    hasVideo: true,
    hasAudio: false,
    hdr: false,
    startTimeMs: 0,
  },
} as unknown as MediaAsset;

/** A region as version 1 stored it: keyframes only, blurred over the whole media. */
const v1Region = (id: string, t: number) => ({
  id,
  mediaId: asset.id,
  keyframes: [{ t, box: { x: 10, y: 20, width: 200, height: 100 } }],
  blurStyle: 'solid',
});

describe('a project saved by version 1 of the document', () => {
  it('opens migrated: regions in the snapshot and in the op log get the whole media as span', () => {
    const path = join(tmp.dir, 'old.medclip');
    const v2 = createDocument({ id: 'prj_old', name: 'Old ward clip' });
    const snapshot = {
      ...v2,
      schemaVersion: 1,
      media: [asset],
      privacy: { ...v2.privacy, manualRegions: [v1Region('reg_badge', 0)] },
    } as unknown as ProjectDocument;
    const store = ProjectStore.create<ProjectDocument>(path, {
      projectId: 'prj_old',
      initialDocument: snapshot,
      documentSchemaVersion: 1,
      appVersion: '0.0.1',
      replay: replayOp,
    });
    // Logged after the snapshot by the old version: its arguments have no span either.
    store.appendOps([
      {
        name: 'privacy.addRegion',
        args: { region: v1Region('reg_chart', 500) },
        inverse: { name: 'privacy.removeRegion', args: { id: 'reg_chart' } },
        label: 'Add blur region',
        groupId: 'g1',
        kind: 'do',
      },
    ]);
    store.close();

    const session = sessions.open(path);
    const { document } = session;
    expect(document.schemaVersion).toBe(SCHEMA_VERSION);
    expect(document.privacy.manualRegions.map((r) => [r.id, r.startMs, r.endMs])).toEqual([
      ['reg_badge', 0, 12_000],
      ['reg_chart', 0, 12_000],
    ]);
    expect(document.privacy.manualRegions[1]?.keyframes).toEqual(v1Region('x', 500).keyframes);
    sessions.closeAll();

    const reopened = ProjectStore.open<ProjectDocument>(path, {
      replay: replayOp,
      appVersion: '0.0.2',
    });
    expect(reopened.info().documentSchemaVersion).toBe(SCHEMA_VERSION);
    reopened.close();
  });
});

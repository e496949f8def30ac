import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newId } from '../../../shared/model';
import { EngineError } from '../errors';
import { importMedia } from '../project/import-media';
import type { ProjectSession } from '../project/session';
import type { ProjectSessions } from '../project/sessions';
import { demoInvocations } from './content';
import { makeDemoFootage } from './footage';

export const DEMO_PROJECT_FILE = 'MedClip demo.medclip';
export const DEMO_FOOTAGE_FILE = 'demo-footage.mp4';

/**
 * Writes (or reopens) the demo project in `dir`: footage made locally from the sample photos
 * shipped in @vladmandic/face-api, with captions, an anatomy icon and a cited claim.
 */
export async function openDemoProject(
  sessions: ProjectSessions,
  dir: string,
): Promise<ProjectSession> {
  const folder = resolve(dir);
  mkdirSync(folder, { recursive: true });
  const projectPath = join(folder, DEMO_PROJECT_FILE);
  if (existsSync(projectPath)) return sessions.open(projectPath);

  const footage = join(folder, DEMO_FOOTAGE_FILE);
  if (!existsSync(footage)) await makeDemoFootage(footage);
  const session = sessions.create(projectPath, 'Knee ligaments explained (demo)');
  try {
    const imported = await importMedia(session, [footage]);
    const first = imported.errors[0];
    if (first)
      throw new EngineError('internal', `The demo footage could not be imported: ${first.message}`);
    const clipId = session.document.tracks.video[0]?.id;
    if (!clipId) throw new EngineError('internal', 'The demo footage did not reach the timeline');
    const invocations = demoInvocations(session.document, {
      clipId,
      secondClipId: newId('clip'),
      citationId: newId('cit'),
      cueIds: [newId('cue'), newId('cue'), newId('cue'), newId('cue')],
      iconId: newId('ovl'),
      chipId: newId('ovl'),
    });
    session.apply(invocations, 'Demo content', 'do');
    return session;
  } catch (err) {
    sessions.close(session.id);
    throw err;
  }
}

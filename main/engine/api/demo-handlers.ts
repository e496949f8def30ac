import { homedir } from 'node:os';
import { join } from 'node:path';
import type { HandlerDeps } from './handlers';
import type { HandlerMap } from './dispatch';
import { openDemoProject } from '../demo/create-demo';
import { opened } from '../project/opened';

/** Where "Open the demo project" writes it unless a folder is given. */
export function defaultDemoDir(): string {
  return join(homedir(), 'MedClip Projects', 'Demo');
}

export function createDemoHandlers(deps: HandlerDeps): Pick<HandlerMap, 'project.demo'> {
  return {
    'project.demo': async (req) =>
      opened(await openDemoProject(deps.sessions, req.dir ?? defaultDemoDir())),
  };
}

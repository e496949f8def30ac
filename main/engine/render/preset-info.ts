import { EXPORT_PRESET_NAMES, type ExportPresetInfo } from '../../../shared/api/calls/render';
import { documentDurationMs, type ProjectDocument } from '../../../shared/model';
import { formatClock, RenderError } from './errors';
import { platformsFile, resolvePreset, type PlatformsFile } from './presets';

/**
 * The presets as the export dialog lists them: key facts at the project's frame rate, and
 * what would make `render.start` or the job refuse this project (the same checks, said first).
 */
export function presetInfos(
  doc: ProjectDocument,
  file: PlatformsFile = platformsFile(),
): ExportPresetInfo[] {
  const durationMs = documentDurationMs(doc);
  const fps = doc.format.fps;
  return EXPORT_PRESET_NAMES.map((name) => {
    const platform = file.platforms[name];
    if (!platform) throw new RenderError('invalid-args', `Unknown export preset "${name}".`);
    // Facts at the nearest frame rate the platform takes, so a refused rate still shows them.
    const facts = resolvePreset(
      name,
      Math.min(platform.maxFps, Math.max(platform.minFps, fps)),
      file,
    );
    let problem: string | null = null;
    try {
      resolvePreset(name, fps, file);
    } catch (error) {
      if (!(error instanceof RenderError)) throw error;
      problem = error.message;
    }
    if (problem === null && durationMs === 0) {
      problem = `"${doc.name}" is empty: add a clip before exporting.`;
    }
    if (problem === null && durationMs > facts.maxDurationMs) {
      problem =
        `"${doc.name}" is ${formatClock(durationMs)} long; ${facts.label} takes at most ` +
        `${formatClock(facts.maxDurationMs)}. Trim it or choose another platform.`;
    }
    return {
      name,
      label: facts.label,
      width: facts.width,
      height: facts.height,
      fps,
      maxDurationMs: facts.maxDurationMs,
      videoMaxrateKbps: facts.maxrateKbps,
      audioBitrateKbps: facts.audioBitrateKbps,
      problem,
    };
  });
}

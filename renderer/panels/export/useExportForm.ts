import { useState } from 'react';
import type { ExportPresetInfo, ExportPresetName } from '../../../shared/api/calls/render';
import { joinPath, baseName, dirName } from '../../app/paths';
import { parseCoverTime } from './cover-time';
import { defaultExportPath, exportFileName, outputPathProblem } from './output-path';
import type { StartRequest } from './useExportJobs';

export interface ExportFormInput {
  projectId: string;
  projectPath: string;
  projectName: string;
  presets: readonly ExportPresetInfo[];
  /** The project's length, for the cover time. */
  durationMs: number;
  /** Files queued or being written now: a second export to one of them is refused here. */
  busyPaths: readonly string[];
}

export interface ExportForm {
  preset: ExportPresetInfo | null;
  choosePreset: (name: ExportPresetName) => void;
  path: string;
  typePath: (path: string) => void;
  chooseFolder: (dir: string) => void;
  coverText: string;
  setCoverText: (text: string) => void;
  /** Problems show once the person has pressed Export. */
  attempted: boolean;
  problems: { preset: string | null; path: string | null; cover: string | null };
  /** The request when everything is usable; marks the form attempted either way. */
  submit: () => { request: StartRequest; label: string } | null;
  /** After a started export: its file is now busy, which is no reason to show an error yet. */
  settle: () => void;
}

/** The export settings: preset, output file (following the preset until typed) and cover time. */
export function useExportForm(input: ExportFormInput): ExportForm {
  const [chosen, setChosen] = useState<ExportPresetName | null>(null);
  const [folder, setFolder] = useState<string | null>(null);
  // Once the person types or picks a whole path it is theirs: changing preset keeps it.
  const [typedPath, setTypedPath] = useState<string | null>(null);
  const [coverText, setCoverText] = useState('');
  const [attempted, setAttempted] = useState(false);

  const { presets } = input;
  const preset =
    presets.find((each) => each.name === chosen) ??
    presets.find((each) => each.problem === null) ??
    presets[0] ??
    null;
  const label = preset?.label ?? 'Export';
  const path =
    typedPath ??
    (folder !== null
      ? joinPath(folder, exportFileName(input.projectName, label))
      : defaultExportPath(input.projectPath, input.projectName, label));

  const cover = parseCoverTime(coverText, input.durationMs);
  const pathProblem =
    outputPathProblem(path) ??
    (input.busyPaths.includes(path.trim())
      ? 'This file is already being exported: wait for it or choose another name.'
      : null);
  const problems = {
    preset: preset === null ? 'No export presets are available.' : preset.problem,
    path: pathProblem,
    cover: cover.ok ? null : cover.problem,
  };

  return {
    preset,
    choosePreset: setChosen,
    path,
    typePath: setTypedPath,
    chooseFolder: (dir) => {
      if (typedPath === null) setFolder(dir);
      else setTypedPath(joinPath(dir, baseName(typedPath)));
    },
    coverText,
    setCoverText,
    attempted,
    problems,
    submit: () => {
      setAttempted(true);
      if (preset === null || problems.preset || problems.path || !cover.ok) return null;
      const outPath = path.trim();
      return {
        request: {
          projectId: input.projectId,
          preset: preset.name,
          outPath,
          ...(cover.ms !== undefined ? { coverAtMs: cover.ms } : {}),
        },
        label: `${preset.label} · ${baseName(outPath) || dirName(outPath)}`,
      };
    },
    settle: () => setAttempted(false),
  };
}

import type { ReactElement } from 'react';
import { invocation } from '../../../shared/commands';
import type { Fps, ProjectDocument } from '../../../shared/model';
import { documentDurationMs, SUPPORTED_FPS } from '../../../shared/model';
import { formatDuration, formatResolution } from '../../app/format';
import { ColorField, SelectField, TextField } from './fields';
import type { Parsed } from './fields/parse';
import { MedicalReviewSection } from '../review/MedicalReviewSection';
import { BrandKitSection } from './BrandKitSection';
import { ReadRow, Section } from './Section';
import { useInspectorEdits } from './useInspectorEdits';

const FPS_OPTIONS = SUPPORTED_FPS.map((fps) => ({ value: String(fps), label: `${fps} fps` }));

export function validateProjectName(text: string): Parsed<string> {
  const name = text.trim();
  if (name === '') return { ok: false, message: 'The project needs a name.' };
  if (name.length > 200) {
    return { ok: false, message: `At most 200 characters (this is ${name.length}).` };
  }
  return { ok: true, value: name };
}

/** Nothing selected: the project's settings and a summary. */
export function ProjectSection({
  doc,
  disabled,
}: {
  doc: ProjectDocument;
  disabled: boolean;
}): ReactElement {
  const edits = useInspectorEdits();
  const { format } = doc;
  return (
    <>
      <h2 className="inspector__title">{doc.name}</h2>
      <Section title="Project settings">
        <TextField
          label="Name"
          value={doc.name}
          validate={validateProjectName}
          disabled={disabled}
          testId="project-name-field"
          onCommit={(name, step) => edits.commit(invocation('project.rename', { name }), { step })}
        />
        <SelectField
          label="Frame rate"
          value={String(format.fps)}
          options={FPS_OPTIONS}
          disabled={disabled}
          testId="project-fps"
          onCommit={(fps, step) =>
            edits.commit(invocation('project.setFormat', { fps: Number(fps) as Fps }), {
              step,
              label: 'Change frame rate',
            })
          }
        />
        <ColorField
          label="Background"
          value={format.background}
          disabled={disabled}
          onCommit={(background, step) =>
            edits.commit(invocation('project.setFormat', { background }), {
              step,
              label: 'Change background',
            })
          }
        />
      </Section>
      <BrandKitSection doc={doc} disabled={disabled} />
      <MedicalReviewSection doc={doc} disabled={disabled} />
      <Section title="Summary">
        <ReadRow label="Frame">
          {formatResolution(format.width, format.height)} <span className="muted">(9:16)</span>
        </ReadRow>
        <ReadRow label="Duration">{formatDuration(documentDurationMs(doc))}</ReadRow>
        <ReadRow label="Media">{doc.media.length}</ReadRow>
        <ReadRow label="Video clips">{doc.tracks.video.length}</ReadRow>
        <ReadRow label="Captions">{doc.tracks.captions.length}</ReadRow>
        <ReadRow label="Overlays">{doc.tracks.overlays.length}</ReadRow>
      </Section>
    </>
  );
}

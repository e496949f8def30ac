import type { ReactElement } from 'react';
import { invocation } from '../../../shared/commands';
import type { Marker, ProjectDocument } from '../../../shared/model';
import { TextField, TimecodeField } from './fields';
import { Section } from './Section';
import { useInspectorEdits } from './useInspectorEdits';

/** A timeline marker: its label and time. */
export function MarkerSection({
  marker,
  doc,
  disabled,
}: {
  marker: Marker;
  doc: ProjectDocument;
  disabled: boolean;
}): ReactElement {
  const edits = useInspectorEdits();
  return (
    <Section title="Marker">
      <TextField
        label="Label"
        value={marker.label}
        placeholder="Unnamed marker"
        disabled={disabled}
        testId="marker-label"
        validate={(text) =>
          text.length > 200
            ? { ok: false, message: `At most 200 characters (this is ${text.length}).` }
            : { ok: true, value: text.trim() }
        }
        onCommit={(label, step) =>
          edits.commit(invocation('marker.update', { id: marker.id, label }), {
            step,
            label: 'Rename marker',
          })
        }
      />
      <TimecodeField
        label="Time"
        valueMs={marker.time}
        fps={doc.format.fps}
        min={0}
        disabled={disabled}
        testId="marker-time"
        onCommit={(time, step) =>
          edits.commit(invocation('marker.update', { id: marker.id, time }), {
            step,
            label: 'Move marker',
          })
        }
      />
    </Section>
  );
}

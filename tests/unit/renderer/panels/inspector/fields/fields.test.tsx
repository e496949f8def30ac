// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CloseStepContext,
  ColorField,
  NumberField,
  SelectField,
  TextField,
  TimecodeField,
} from '../../../../../../renderer/panels/inspector/fields';
import type { StepMode } from '../../../../../../renderer/panels/inspector/useInspectorEdits';
import { isTypingTarget } from '../../../../../../renderer/editor/shortcuts';
import { render, type Rendered } from '../../../support/render';
import { choose, control, enter, errorOf, keyDown, leave, type } from '../harness';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

function recorder<T>(refuse?: (value: T) => string | null) {
  const commits: Array<[T, StepMode]> = [];
  const onCommit = vi.fn((value: T, step: StepMode) => {
    commits.push([value, step]);
    return refuse?.(value) ?? null;
  });
  return { commits, onCommit };
}

describe('NumberField', () => {
  it('commits a typed number on Enter, once, and shows the new value', async () => {
    const { commits, onCommit } = recorder<number>();
    rendered = await render(
      <NumberField
        label="Size"
        value={64}
        rules={{ min: 8, max: 400, unit: 'px' }}
        onCommit={onCommit}
      />,
    );
    const input = control(rendered.container, 'Size');
    expect(input.value).toBe('64');
    await enter(input, '72 px');
    expect(commits).toEqual([[72, 'own']]);
    // Leaving the field after a commit commits nothing more.
    await leave(input);
    expect(commits).toHaveLength(1);
  });

  it('refuses an invalid value with a message, keeps the old value, and Escape reverts', async () => {
    const { onCommit } = recorder<number>();
    rendered = await render(
      <NumberField label="Size" value={64} rules={{ min: 8, unit: 'px' }} onCommit={onCommit} />,
    );
    const input = control(rendered.container, 'Size');
    await enter(input, '4');
    expect(onCommit).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(input)).toBe('Must be at least 8 px.');
    expect(input.value).toBe('4');
    await keyDown(input, 'Escape');
    expect(input.value).toBe('64');
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('shows the old value again after leaving with an invalid one, keeping the reason', async () => {
    const { onCommit } = recorder<number>();
    rendered = await render(<NumberField label="Size" value={64} onCommit={onCommit} />);
    const input = control(rendered.container, 'Size');
    await type(input, 'big');
    await leave(input);
    expect(onCommit).not.toHaveBeenCalled();
    expect(input.value).toBe('64');
    expect(errorOf(input)).toBe('“big” is not a number.');
  });

  it('shows why the document refused a value', async () => {
    const { onCommit } = recorder<number>(() => 'Clip “a” would overlap clip “b”.');
    rendered = await render(<NumberField label="Size" value={64} onCommit={onCommit} />);
    const input = control(rendered.container, 'Size');
    await enter(input, '70');
    expect(errorOf(input)).toBe('Clip “a” would overlap clip “b”.');
  });

  it('nudges with the arrow keys (Shift ×10) as one open step, closed when the field is left', async () => {
    const { commits, onCommit } = recorder<number>();
    const closeStep = vi.fn();
    let value = 10;
    const view = () => (
      <CloseStepContext.Provider value={closeStep}>
        <NumberField
          label="Opacity"
          value={value}
          rules={{ min: 0, max: 100 }}
          onCommit={(next, step) => {
            value = next;
            return onCommit(next, step);
          }}
        />
      </CloseStepContext.Provider>
    );
    rendered = await render(view());
    const input = control(rendered.container, 'Opacity');
    const outside = vi.fn();
    window.addEventListener('keydown', outside);
    await act(async () => input.focus());
    await keyDown(input, 'ArrowUp');
    await act(async () => rendered?.root.render(view()));
    await keyDown(input, 'ArrowUp', { shiftKey: true });
    await act(async () => rendered?.root.render(view()));
    await keyDown(input, 'ArrowDown');
    window.removeEventListener('keydown', outside);
    expect(commits).toEqual([
      [11, 'open'],
      [21, 'continue'],
      [20, 'continue'],
    ]);
    // The keys stayed in the field: the editor's shortcuts never saw them.
    expect(outside).not.toHaveBeenCalled();
    expect(closeStep).not.toHaveBeenCalled();
    await leave(input);
    expect(closeStep).toHaveBeenCalledTimes(1);
  });

  it('counts as a typing target, so editor shortcuts leave it alone', async () => {
    rendered = await render(<NumberField label="Size" value={1} onCommit={() => null} />);
    expect(isTypingTarget(control(rendered.container, 'Size'))).toBe(true);
  });

  it('commits what was typed when the field disappears before it is left', async () => {
    const { commits, onCommit } = recorder<number>();
    rendered = await render(<NumberField label="Size" value={64} onCommit={onCommit} />);
    await type(control(rendered.container, 'Size'), '80');
    await act(async () => rendered?.root.render(<p>Another selection</p>));
    expect(commits).toEqual([[80, 'own']]);
  });
});

describe('TimecodeField', () => {
  it('reads mm:ss.ff on the frame grid and refuses times out of range', async () => {
    const { commits, onCommit } = recorder<number>();
    rendered = await render(
      <TimecodeField
        label="Start"
        valueMs={1000}
        fps={30}
        min={0}
        max={8000}
        onCommit={onCommit}
      />,
    );
    const input = control(rendered.container, 'Start');
    expect(input.value).toBe('00:01.00');
    await enter(input, '00:02.15');
    expect(commits).toEqual([[2500, 'own']]);
    await enter(input, '00:09.00');
    expect(errorOf(input)).toBe('Must be 00:08.00 or earlier.');
    await keyDown(input, 'Escape');
    await keyDown(input, 'ArrowUp');
    expect(commits.at(-1)).toEqual([1033, 'open']);
  });
});

describe('ColorField', () => {
  it('expands #rgb, refuses non-colours, and commits a picked colour once with its alpha', async () => {
    const { commits, onCommit } = recorder<string>();
    rendered = await render(<ColorField label="Fill" value="#0f172acc" onCommit={onCommit} />);
    const input = control(rendered.container, 'Fill');
    await enter(input, 'f00');
    expect(commits).toEqual([['#ff0000', 'own']]);
    await enter(input, 'red');
    expect(errorOf(input)).toBe('Colours are #rgb, #rrggbb or #rrggbbaa.');
    const picker = control(rendered.container, 'Fill: pick a colour');
    await act(async () => {
      picker.value = '#00ff00';
      picker.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(commits).toHaveLength(1);
    await act(async () => {
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(commits.at(-1)).toEqual(['#00ff00cc', 'own']);
  });
});

describe('SelectField and TextField', () => {
  it('commits a picked option at once', async () => {
    const { commits, onCommit } = recorder<'a' | 'b'>();
    rendered = await render(
      <SelectField
        label="Mode"
        value="a"
        options={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
        onCommit={onCommit}
      />,
    );
    await choose(control<HTMLSelectElement>(rendered.container, 'Mode'), 'b');
    expect(commits).toEqual([['b', 'own']]);
  });

  it('takes Shift+Enter as a line break in multiline text and commits on Enter', async () => {
    const { commits, onCommit } = recorder<string>();
    rendered = await render(<TextField label="Text" value="One" multiline onCommit={onCommit} />);
    const area = control<HTMLTextAreaElement>(rendered.container, 'Text');
    await type(area, 'One\nTwo');
    const shifted = await keyDown(area, 'Enter', { shiftKey: true });
    expect(shifted.defaultPrevented).toBe(false);
    expect(commits).toEqual([]);
    await keyDown(area, 'Enter');
    expect(commits).toEqual([['One\nTwo', 'own']]);
  });
});

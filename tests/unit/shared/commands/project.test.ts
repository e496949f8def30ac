import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import { expectInverseRestores, sampleDoc } from '../fixtures';

describe('project commands', () => {
  it('project.rename renames and undoes', () => {
    const doc = expectInverseRestores(
      sampleDoc(),
      invocation('project.rename', { name: 'Stroke signs' }),
    );
    expect(doc.name).toBe('Stroke signs');
  });

  it('project.rename refuses a blank name', () => {
    expect(() => applyCommand(sampleDoc(), invocation('project.rename', { name: '  ' }))).toThrow(
      /blank/,
    );
  });

  it('project.setFormat changes fps and background, leaving the size', () => {
    const doc = expectInverseRestores(sampleDoc(), invocation('project.setFormat', { fps: 60 }));
    expect(doc.format).toEqual({ width: 1080, height: 1920, fps: 60, background: '#000000' });
    const coloured = expectInverseRestores(
      sampleDoc(),
      invocation('project.setFormat', { background: '#101010' }),
    );
    expect(coloured.format.background).toBe('#101010');
  });

  it('project.setFormat refuses unsupported rates and empty changes', () => {
    expect(() =>
      applyCommand(sampleDoc(), { name: 'project.setFormat', args: { fps: 29.97 } }),
    ).toThrow(/invalid|Invalid/);
    expect(() => applyCommand(sampleDoc(), { name: 'project.setFormat', args: {} })).toThrow(
      /give fps or background/,
    );
  });
});

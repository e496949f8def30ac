import { z } from 'zod';
import type { ProjectDocument } from '../model/document';
import { issuesFromZodError, summarizeIssues } from '../model/errors';
import { CommandError } from './errors';

/** A named command with its arguments: what the op log stores and the API carries. */
export interface CommandInvocation {
  name: string;
  args: unknown;
}

export const commandInvocationSchema = z.object({ name: z.string().min(1), args: z.unknown() });

/** The changed document and the invocation that changes it back. */
export interface CommandOutcome {
  doc: ProjectDocument;
  inverse: CommandInvocation;
}

export interface CommandSpec<Name extends string, Args extends z.ZodType> {
  name: Name;
  /** Shown in the history panel and menus, e.g. "Move clip". */
  label: string;
  argsSchema: Args;
  /**
   * Pure: reads `doc` (never mutates it), returns the new document and the inverse computed
   * from the document before the change. Refuses with CommandError.
   */
  perform(doc: ProjectDocument, args: z.output<Args>): CommandOutcome;
  /** False for changes that record the outside world (a file went missing), not an edit. */
  undoable?: boolean;
  /** Consecutive steps with the same key merge into one undo step (typing, slider drags). */
  coalesceKey?: (args: z.output<Args>) => string | undefined;
}

export interface Command<Name extends string = string, Args extends z.ZodType = z.ZodType> {
  readonly name: Name;
  readonly label: string;
  readonly argsSchema: Args;
  readonly undoable: boolean;
  perform(doc: ProjectDocument, args: z.output<Args>): CommandOutcome;
  coalesceKey(args: z.output<Args>): string | undefined;
}

export function defineCommand<const Name extends string, Args extends z.ZodType>(
  spec: CommandSpec<Name, Args>,
): Command<Name, Args> {
  const { coalesceKey } = spec;
  return Object.freeze({
    name: spec.name,
    label: spec.label,
    argsSchema: spec.argsSchema,
    undoable: spec.undoable ?? true,
    perform: spec.perform,
    coalesceKey: (args: z.output<Args>) => coalesceKey?.(args),
  });
}

/** Builds an invocation whose args are type-checked against `schema` (used for inverses). */
export function invoke<Args extends z.ZodType>(
  name: string,
  _schema: Args,
  args: z.input<Args>,
): CommandInvocation {
  return { name, args };
}

/** Validates `raw` against the command's schema, throwing invalid-args with the field paths. */
export function parseArgs<Args extends z.ZodType>(
  command: Command<string, Args>,
  raw: unknown,
): z.output<Args> {
  const result = command.argsSchema.safeParse(raw);
  if (!result.success) {
    const issues = issuesFromZodError(result.error);
    throw new CommandError('invalid-args', summarizeIssues(issues), {
      command: command.name,
      issues,
    });
  }
  return result.data;
}

/** Parses args and performs, without validating the result; commands built from others use it. */
export function performCommand<Args extends z.ZodType>(
  command: Command<string, Args>,
  doc: ProjectDocument,
  rawArgs: unknown,
): CommandOutcome {
  const args = parseArgs(command, rawArgs);
  try {
    return command.perform(doc, args);
  } catch (error) {
    if (error instanceof CommandError) throw error.attributedTo(command.name);
    throw error;
  }
}

/** Name of the built-in command that applies several invocations in order. */
export const BATCH_COMMAND = 'batch';

/** One invocation that applies `invocations` in order (and is undone as a whole). */
export function batchInvocation(invocations: readonly CommandInvocation[]): CommandInvocation {
  return { name: BATCH_COMMAND, args: { invocations: [...invocations] } };
}

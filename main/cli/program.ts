import { Command, CommanderError } from 'commander';
import { resolve } from 'node:path';
import { createEngine, type Engine } from '../engine/engine';
import { callOrThrow } from '../engine/api/dispatch';
import type { ApiEventName, ApiMethod, ApiRequest, ApiResponse } from '../../shared/api';
import { CliError, EXIT, exitCodeForError } from './exit';

/** What a command needs: the engine (created on first use) and the output streams. */
export interface CliContext {
  call<M extends ApiMethod>(method: M, request: ApiRequest<M>): Promise<ApiResponse<M>>;
  /** Events the in-process engine pushes (job progress…); returns the unsubscribe. */
  onEvent(listener: (event: ApiEventName, payload: unknown) => void): () => void;
  out(text: string): void;
  err(text: string): void;
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

export function abs(p: string): string {
  return resolve(process.cwd(), p);
}

export async function openProject(
  ctx: CliContext,
  path: string,
): Promise<ApiResponse<'project.open'>> {
  return ctx.call('project.open', { path: abs(path) });
}

type Registrar = (program: Command, ctx: CliContext) => void;

/** Runs the CLI with argv (without node and script); resolves to the exit code. */
export async function runCli(
  argv: string[],
  registrars: Registrar[],
  io: CliIo = defaultIo,
): Promise<number> {
  let engine: Engine | undefined;
  const ctx: CliContext = {
    async call(method, request) {
      engine ??= createEngine({ host: 'cli' });
      return callOrThrow((m, r) => engine!.call(m, r), method, request);
    },
    onEvent(listener) {
      engine ??= createEngine({ host: 'cli' });
      return engine.onEvent(listener);
    },
    out: (t) => io.stdout(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => io.stderr(t.endsWith('\n') ? t : `${t}\n`),
  };

  const program = new Command('medclip')
    .description('MedClip Studio from the command line: vertical medical explainers, scripted.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  for (const register of registrars) register(program, ctx);
  // Subcommands inherit the exit override and output so usage errors exit 2, not 1.
  for (const cmd of program.commands)
    cmd.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.invalidInput;
    }
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version are not failures; bad arguments are invalid input.
      if (
        err.code === 'commander.helpDisplayed' ||
        err.code === 'commander.version' ||
        err.code === 'commander.help'
      )
        return EXIT.ok;
      return EXIT.invalidInput;
    }
    const code = exitCodeForError(err);
    io.stderr(`medclip: ${(err as Error).message ?? String(err)}\n`);
    return code;
  } finally {
    await engine?.close();
  }
}

export { CliError, EXIT };

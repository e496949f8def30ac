import { runCli } from '../../main/cli/program';

type Registrars = Parameters<typeof runCli>[1];

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `medclip` run in this process with the given verbs and user-data folder: a spawned CLI spends
 * seconds loading modules on every call, which made the CLI suites the slowest part of CI. The
 * real entry point's wiring is tested by spawning it in cli.test.ts.
 */
export function inProcessCli(
  registrars: Registrars,
  userDataDir: () => string,
): (...args: string[]) => Promise<CliRun> {
  return async (...args) => {
    let stdout = '';
    let stderr = '';
    const previous = process.env.MEDCLIP_USER_DATA;
    process.env.MEDCLIP_USER_DATA = userDataDir();
    try {
      const code = await runCli(args, registrars, {
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
      });
      return { code, stdout, stderr };
    } finally {
      if (previous === undefined) delete process.env.MEDCLIP_USER_DATA;
      else process.env.MEDCLIP_USER_DATA = previous;
    }
  };
}

import { runCli } from './program';
import { registerInfo } from './commands/info';
import { registerProjectCommands } from './commands/project';

/** Every verb the CLI knows; later capabilities add their registrars here. */
export const registrars = [registerInfo, registerProjectCommands];

const code = await runCli(process.argv.slice(2), registrars);
process.exitCode = code;

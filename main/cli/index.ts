import { runCli } from './program';
import { registerInfo } from './commands/info';
import { registerProjectCommands } from './commands/project';
import { registerRender } from './commands/render';
import { registerDemo } from './commands/demo';
import { registerCaptions } from './commands/captions';
import { registerCheck } from './commands/check';

/** Every verb the CLI knows; later capabilities add their registrars here. */
export const registrars = [
  registerInfo,
  registerProjectCommands,
  registerDemo,
  registerCaptions,
  registerCheck,
  registerRender,
];

const code = await runCli(process.argv.slice(2), registrars);
process.exitCode = code;

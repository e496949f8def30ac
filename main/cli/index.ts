import { runCli } from './program';
import { registerInfo } from './commands/info';
import { registerProjectCommands } from './commands/project';
import { registerRender } from './commands/render';
import { registerDemo } from './commands/demo';
import { registerCaptions } from './commands/captions';
import { registerCheck } from './commands/check';
import { registerAudit } from './commands/audit';
import { registerPrivacyCommands } from './commands/privacy';
import { registerOverlay } from './commands/overlay';
import { registerCitation } from './commands/citation';

/** Every verb the CLI knows; later capabilities add their registrars here. */
export const registrars = [
  registerInfo,
  registerProjectCommands,
  registerDemo,
  registerCaptions,
  registerCheck,
  registerOverlay,
  registerCitation,
  registerRender,
  registerAudit,
  registerPrivacyCommands,
];

const code = await runCli(process.argv.slice(2), registrars);
process.exitCode = code;

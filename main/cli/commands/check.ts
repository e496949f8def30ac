import type { Command } from 'commander';
import { checkCaptions } from '../../../shared/captions/checks';
import type { CaptionProblem } from '../../../shared/captions/checks';
import { formatVttTime } from '../../../shared/captions/timestamps';
import { captionRulesOf } from '../../../shared/model/captions';
import { CliError, EXIT } from '../exit';
import { abs, openProject, type CliContext } from '../program';

/**
 * `medclip check <project>`: the caption readability and platform checks (shared/captions/
 * checks.ts). Exit 0 when clean; exit 1 when there are problems, like a linter, with the count on
 * stderr; 2 when the project cannot be read.
 */

function problemLine(problem: CaptionProblem): string {
  const { type, cueId, timeMs, measured, limit, message } = problem;
  return `${formatVttTime(timeMs)}  ${cueId}  ${type}  measured ${measured}, limit ${limit}: ${message}`;
}

export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description(
      "Check the captions: at most 2 lines of 42 characters, reading speed, 5/6 s to 7 s on screen, a 2-frame gap, no overlap, 4.5:1 contrast, inside the platform's safe zone. Exits 1 when there are problems.",
    )
    .argument('<project>', '.medclip project')
    .option('--json', 'print one JSON object with a problems array')
    .action(async (project: string, opts: { json?: boolean }) => {
      const opened = await openProject(ctx, project);
      await ctx.call('project.close', { projectId: opened.projectId });
      const doc = opened.document;
      const problems = checkCaptions(doc);
      const rules = captionRulesOf(doc);
      if (opts.json) {
        ctx.out(
          JSON.stringify({
            project: abs(project),
            rules,
            cues: doc.tracks.captions.length,
            problems,
          }),
        );
      } else {
        for (const problem of problems) ctx.out(problemLine(problem));
        const cues = `${doc.tracks.captions.length} caption(s) checked for ${rules.platform}, at most ${rules.maxCharsPerSecond} characters per second`;
        ctx.out(
          problems.length === 0 ? `No problems: ${cues}` : `${problems.length} problem(s): ${cues}`,
        );
      }
      if (problems.length > 0) {
        throw new CliError(EXIT.failure, `${abs(project)}: ${problems.length} caption problem(s)`);
      }
    });
}

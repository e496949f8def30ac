import type { Command } from 'commander';
import { checkCaptions } from '../../../shared/captions/checks';
import type { CaptionProblem } from '../../../shared/captions/checks';
import { findUncitedClaims, type UncitedClaim } from '../../../shared/citations/claims';
import { formatVttTime } from '../../../shared/captions/timestamps';
import { captionRulesOf } from '../../../shared/model/captions';
import { findIdentifiers } from '../../../shared/privacy/identifiers';
import { CliError, EXIT } from '../exit';
import { abs, openProject, type CliContext } from '../program';

/**
 * `medclip check <project>`: the caption readability and platform checks (shared/captions/
 * checks.ts) and the uncited-claims check (shared/citations/claims.ts). Exit 0 when clean;
 * exit 1 when there are problems, like a linter, with the count on stderr; 2 when the project
 * cannot be read.
 */

function problemLine(problem: CaptionProblem): string {
  const { type, cueId, timeMs, measured, limit, message } = problem;
  return `${formatVttTime(timeMs)}  ${cueId}  ${type}  measured ${measured}, limit ${limit}: ${message}`;
}

function claimLine(claim: UncitedClaim): string {
  const words = claim.triggers.map((word) => `"${word}"`).join(', ');
  const text = claim.text.replace(/\s+/g, ' ');
  return `${formatVttTime(claim.start)}  ${claim.cueId}  uncitedClaim  ${words}: ${text}`;
}

export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description(
      "Check the captions: at most 2 lines of 42 characters, reading speed, 5/6 s to 7 s on screen, a 2-frame gap, no overlap, 4.5:1 contrast, inside the platform's safe zone; claims (numbers, doses, risks, effects: resources/claim-triggers.json) without a linked citation or a chip; likely patient identifiers (record numbers, dates of birth, phone numbers, e-mail and postal addresses, national IDs, names after patient/Mr/Mrs/Ms) in captions, overlay text and citation notes. Exits 1 when there are problems.",
    )
    .argument('<project>', '.medclip project')
    .option('--json', 'print one JSON object with a problems array')
    .action(async (project: string, opts: { json?: boolean }) => {
      const opened = await openProject(ctx, project);
      await ctx.call('project.close', { projectId: opened.projectId });
      const doc = opened.document;
      const problems = checkCaptions(doc);
      const uncitedClaims = findUncitedClaims(doc);
      const identifiers = findIdentifiers(doc);
      const rules = captionRulesOf(doc);
      if (opts.json) {
        ctx.out(
          JSON.stringify({
            project: abs(project),
            rules,
            cues: doc.tracks.captions.length,
            problems,
            uncitedClaims,
            identifiers,
          }),
        );
      } else {
        for (const problem of problems) ctx.out(problemLine(problem));
        for (const claim of uncitedClaims) ctx.out(claimLine(claim));
        for (const finding of identifiers)
          ctx.out(`identifier  ${finding.kind}  ${finding.message}`);
        const cues = `${doc.tracks.captions.length} caption(s) checked for ${rules.platform}, at most ${rules.maxCharsPerSecond} characters per second`;
        const claims =
          (uncitedClaims.length === 0 ? '' : `, ${uncitedClaims.length} uncited claim(s)`) +
          (identifiers.length === 0
            ? ''
            : `, ${identifiers.length} possible patient identifier(s)`);
        ctx.out(
          problems.length + uncitedClaims.length + identifiers.length === 0
            ? `No problems: ${cues}`
            : `${problems.length} problem(s)${claims}: ${cues}`,
        );
      }
      if (problems.length > 0 || uncitedClaims.length > 0 || identifiers.length > 0) {
        const parts = [`${problems.length} caption problem(s)`];
        if (uncitedClaims.length > 0) parts.push(`${uncitedClaims.length} uncited claim(s)`);
        if (identifiers.length > 0)
          parts.push(`${identifiers.length} possible patient identifier(s)`);
        throw new CliError(EXIT.failure, `${abs(project)}: ${parts.join(', ')}`);
      }
    });
}

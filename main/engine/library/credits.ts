import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Credit } from '../../../shared/api/calls/library';
import { SCENE_FONT_FAMILIES } from '../../../shared/scene/fonts';

const require = createRequire(import.meta.url);

/** Fonts installed for text the scene fonts lack (right-to-left scripts, Devanagari, emoji). */
const FALLBACK_FONT_PACKAGES = [
  '@fontsource/noto-sans-arabic',
  '@fontsource/noto-sans-hebrew',
  '@fontsource/noto-sans-devanagari',
  '@fontsource/noto-color-emoji',
] as const;

interface PackageJson {
  version?: string;
  license?: string;
  homepage?: string;
}

function packageRoot(packageName: string): string | undefined {
  try {
    return dirname(require.resolve(`${packageName}/package.json`));
  } catch {
    return undefined;
  }
}

/** The package's licence as shipped (LICENSE, LICENSE.md, LICENCE…). */
function licenseText(root: string): string {
  const file = readdirSync(root).find((name) => /^licen[cs]e(\.(md|txt))?$/i.test(name));
  return file === undefined ? '' : readFileSync(join(root, file), 'utf8').trim();
}

function creditOf(packageName: string, name: string, usedFor: string): Credit | undefined {
  const root = packageRoot(packageName);
  if (root === undefined) return undefined;
  const json = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
  return {
    name,
    usedFor,
    packageName,
    version: json.version ?? 'unknown',
    license: json.license ?? 'see licence text',
    licenseText: licenseText(root),
    ...(json.homepage === undefined ? {} : { homepage: json.homepage }),
  };
}

/** "@fontsource/noto-sans-arabic" -> "Noto Sans Arabic". */
function fontNameOf(packageName: string): string {
  const stem = packageName.slice(packageName.lastIndexOf('/') + 1);
  return stem
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

let cached: Credit[] | undefined;

/**
 * Attribution for the art and fonts the app bundles, read from the installed packages
 * themselves (version, SPDX licence, licence text), so the About view cannot go stale.
 */
export function bundledCredits(): Credit[] {
  if (cached !== undefined) return cached;
  const credits = [
    creditOf(
      'healthicons',
      'Health Icons (Resolve to Save Lives)',
      'Anatomy and health icons in the library and on screen',
    ),
    ...SCENE_FONT_FAMILIES.map((font) =>
      creditOf(font.packageName, font.family, 'Captions, text overlays, callouts and chips'),
    ),
    ...FALLBACK_FONT_PACKAGES.map((packageName) =>
      creditOf(packageName, fontNameOf(packageName), 'Fallback for scripts and emoji'),
    ),
  ];
  const seen = new Set<string>();
  cached = credits.filter((credit): credit is Credit => {
    if (credit === undefined || seen.has(credit.packageName)) return false;
    seen.add(credit.packageName);
    return true;
  });
  return cached;
}

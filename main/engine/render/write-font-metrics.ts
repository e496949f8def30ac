import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fontMetricsModuleSource } from './font-metrics-source';

// Regenerates shared/scene/font-metrics.ts after the font table or the @fontsource packages change.
const target = fileURLToPath(new URL('../../../shared/scene/font-metrics.ts', import.meta.url));
writeFileSync(target, fontMetricsModuleSource());
console.log(`wrote ${target}`);

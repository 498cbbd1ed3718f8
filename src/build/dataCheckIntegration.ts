// Astro integration: a build with bad data stops before it writes anything, with validate's messages as
// its last output (exit code 1, no stack trace); a good build says in one line that the data passed.
// Pages would fail later anyway (src/build/dataset.ts), but by then Astro has written dist/ in part; and a
// Markdown story the story rules refused is only logged by Astro's content loader, not fatal.
import type { AstroIntegration } from 'astro';
import { sharedDataset } from './sharedDataset.ts';
import { validationReport } from './validationReport.ts';

/** Checks the data at `astro:build:start`; place it after postersIntegration to share its load. */
export function dataCheckIntegration(dataDir: string): AstroIntegration {
  return {
    name: 'gongshi:data-check',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const report = validationReport(await sharedDataset(dataDir), dataDir);
        if (report.ok) {
          for (const line of report.lines) logger.info(line);
          return;
        }
        // Exiting here keeps Astro from printing a stack trace after the problem list.
        for (const line of report.lines) console.error(line);
        process.exit(1);
      },
    },
  };
}

// The Content-Security-Policy: nothing from other origins, no inline script. Astro adds hashes for
// the scripts and styles it emits to the <meta> policy; public/_headers repeats the rest as a header.

import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** `security.csp` for astro.config.mjs. */
export const CSP_DIRECTIVES: CspConfig = {
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  // Inline `style` attributes (bar widths, legend swatches) cannot run code; inline <script> stays forbidden.
  styleDirective: {
    resources: [
      { resource: "'self'", kind: 'element' },
      { resource: "'unsafe-inline'", kind: 'attribute' },
    ],
  },
  // src/pages/search.astro adds 'wasm-unsafe-eval' for Pagefind's WebAssembly on that page only.
  scriptDirective: { resources: ["'self'"] },
};

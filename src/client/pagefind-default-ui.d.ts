/** Pagefind's default search interface, as src/client/pagefind-ui-ranked.ts extends it (the package ships no types). */
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}

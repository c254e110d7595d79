/** The part of citation-js the CSL tests use (the package ships no types). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(kind: 'bibliography', options: { template: string; format: 'text' | 'html' }): string;
  }
}
declare module '@citation-js/plugin-csl';

/**
 * The stages of a page load that the CPU profile is summed into (bench/profile.ts), by the
 * source module a sample's nearest Backstory frame comes from.
 */
export const STAGES = [
  'start-up (script, settings, messaging)',
  'matcher transfer and assembly',
  'element classification',
  'block walking and scheduling',
  'normalisation',
  'matching (trie, rules)',
  'phrases and events',
  'context',
  'recording mentions',
  'drawing (highlights, UI)',
  'other',
] as const;
export type Stage = (typeof STAGES)[number];

const RULES: [RegExp, Stage][] = [
  [/lib\/match\/(transfer|serialize)\.ts|entrypoints\/content\/matcher\.ts/, 'matcher transfer and assembly'],
  [/lib\/dom\/classify\.ts/, 'element classification'],
  [
    /lib\/dom\/(blocks|block-builder|junction|scanner|scan-nodes|schedule|static-scan|sections)\.ts/,
    'block walking and scheduling',
  ],
  [/lib\/match\/normalize\.ts/, 'normalisation'],
  [
    // With matching in the background, the page's side of it (sending texts, reading matches) too.
    /lib\/match\/(matcher|trie-walk|dictionary|compile-dictionary|words|match-text|local-rules|namesake|variants|automaton|match-wire)\.ts|lib\/dom\/remote-blocks\.ts|entrypoints\/content\/remote-matcher\.ts/,
    'matching (trie, rules)',
  ],
  [
    /lib\/match\/(phrases|phrase-[a-z]+|event-phrase(?:-left|-right)?|events|epithets|name-words|word-list|sports-words|cue-data)\.ts/,
    'phrases and events',
  ],
  [/lib\/match\/context\.ts/, 'context'],
  [
    /lib\/dom\/(page-mentions|block-records|long-blocks|mention|mention-order|first-mentions|nearby)\.ts/,
    'recording mentions',
  ],
  [
    /lib\/dom\/(highlighter|ui-host|place-panel|panel-dom|follow-anchor|ui-guard|viewport-span|hover|hit-test|caret|flash)\.ts|components\/|node_modules\/(preact|@floating-ui)|entrypoints\/content\/(page-ui|panel|notice|own-ui|popover|card|return-focus|overflow-cue|toasts)/,
    'drawing (highlights, UI)',
  ],
  [
    /node_modules\/|entrypoints\/content\/(index|session|page-state|mention-|claims|marking|save-claim|selection|frame-id|passages)|lib\/(settings|messaging|kb|result)/,
    'start-up (script, settings, messaging)',
  ],
];

export function stageOf(module: string): Stage {
  for (const [pattern, stage] of RULES) if (pattern.test(module)) return stage;
  return 'other';
}

/**
 * Text as the echo index compares it: content words, folded and stemmed, with names and
 * abbreviations that mean the same thing ("UN", "U.N.", "United Nations") read as one token.
 * Quotation marks, punctuation, case, possessives and function words do not count, so a
 * passage quoted, re-punctuated or split into sentences differently reads the same.
 */
import { stemmer } from 'stemmer';
import { isWordCode } from '../match/words';

/** One content word (or phrase) of a text, with where it stands in that text. */
export interface Term {
  key: string;
  start: number;
  end: number;
}

/** Names and abbreviations that mean the same: each group's phrases read as one token. */
export interface PhraseGroup {
  phrases: readonly { text: string; caseSensitive: boolean }[];
}

interface Phrase {
  words: string[];
  caseSensitive: boolean;
  token: string;
}

/** Phrases by their first word (folded), longest first. */
export type PhraseTable = Map<string, Phrase[]>;

/** Generic abbreviations of news prose; knowledge-base aliases are added to these. */
export const COMMON_ABBREVIATIONS: PhraseGroup[] = [
  ['UN', 'U.N.', 'United Nations'],
  ['US', 'U.S.', 'USA', 'U.S.A.', 'United States', 'United States of America'],
  ['UK', 'U.K.', 'United Kingdom', 'Britain'],
  ['EU', 'E.U.', 'European Union'],
  ['PM', 'prime minister'],
  ['govt', 'government'],
  ['Gen', 'general'],
  ['intl', 'international'],
  ['dept', 'department'],
  ['percent', 'per cent', 'pc'],
  ['IAEA', 'International Atomic Energy Agency'],
  ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
  ['IMF', 'International Monetary Fund'],
].map((texts) => ({
  phrases: texts.map((text) => ({ text, caseSensitive: /^[A-Z.]{2,6}$/.test(text) })),
}));

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just me
  more most my myself no nor not now of off on once only or other our ours ourselves out over own same
  she should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves said says say told tells according amid per via upon
  within without whose yet`.split(/\s+/),
);

/** Irregular forms the stemmer cannot join to their verb. */
const IRREGULAR: Record<string, string> = {
  met: 'meet',
  held: 'hold',
  went: 'go',
  gone: 'go',
  made: 'make',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  won: 'win',
  led: 'lead',
  left: 'leave',
  sent: 'send',
  saw: 'see',
  seen: 'see',
  began: 'begin',
  begun: 'begin',
  struck: 'strike',
  fought: 'fight',
  sought: 'seek',
  brought: 'bring',
  thought: 'think',
};

/** Memo of folded words and term keys: news prose repeats its words, and folding is the cost. */
const folded = new Map<string, string>();
const termKeys = new Map<string, string | null>();
const MEMO_LIMIT = 200_000;

function fold(word: string): string {
  let out = folded.get(word);
  if (out === undefined) {
    const plain = /^[ -~]*$/.test(word) ? word : word.normalize('NFKD').replace(/\p{M}/gu, '');
    out = plain
      .toLowerCase()
      .replace(/[.]/g, '')
      .replace(/['’]s$/, '')
      .replace(/['’]/g, '');
    if (folded.size > MEMO_LIMIT) folded.clear();
    folded.set(word, out);
  }
  return out;
}

/** A word as written for case-sensitive phrases: dots and possessives dropped ("U.S.'s" → "US"). */
const asWritten = (word: string) => word.replace(/[.]/g, '').replace(/['’]s$/, '');

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Joins letters on either side into one word: "U.S", "it’s", "Pakistan's". */
const isJoiner = (code: number) => code === 0x2e || code === 0x27 || code === 0x2019;

/** The words of `text[from..to]`: a scan by character code, without a match object per word. */
function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < to && isWordCode(text.charCodeAt(i))) i++;
      if (i + 1 < to && isJoiner(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    words.push({ text: text.slice(start, i), start, end: i });
  }
  return words;
}

/**
 * Builds the phrase table. Groups that share a phrase become one token, so the knowledge
 * base's aliases and the common abbreviations agree ("US" in both).
 */
export function buildPhraseTable(groups: readonly PhraseGroup[]): PhraseTable {
  const tokenOf = new Map<string, string>();
  const phrases: Phrase[] = [];
  groups.forEach((group, n) => {
    const keys = group.phrases.map((p) =>
      wordsOf(p.text)
        .map((w) => fold(w.text))
        .join(' '),
    );
    const token = keys.map((k) => tokenOf.get(k)).find(Boolean) ?? `~${n}`;
    group.phrases.forEach((phrase, i) => {
      const words = wordsOf(phrase.text).map((w) =>
        phrase.caseSensitive ? asWritten(w.text) : fold(w.text),
      );
      if (words.length === 0 || tokenOf.has(keys[i]!)) return;
      tokenOf.set(keys[i]!, token);
      phrases.push({ words, caseSensitive: phrase.caseSensitive, token });
    });
  });
  const table: PhraseTable = new Map();
  for (const phrase of phrases) {
    const first = phrase.caseSensitive ? fold(phrase.words[0]!) : phrase.words[0]!;
    table.set(first, [...(table.get(first) ?? []), phrase]);
  }
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

function phraseAt(words: Word[], i: number, table: PhraseTable): Phrase | undefined {
  const candidates = table.get(fold(words[i]!.text));
  if (!candidates) return undefined;
  return candidates.find(
    (p) =>
      i + p.words.length <= words.length &&
      p.words.every((w, k) =>
        p.caseSensitive ? asWritten(words[i + k]!.text) === w : fold(words[i + k]!.text) === w,
      ),
  );
}

function termKey(word: string): string | undefined {
  let key = termKeys.get(word);
  if (key === undefined) {
    const f = fold(word);
    key = !f || STOPWORDS.has(f) ? null : /^\p{N}+$/u.test(f) ? f : (IRREGULAR[f] ?? stemmer(f));
    if (termKeys.size > MEMO_LIMIT) termKeys.clear();
    termKeys.set(word, key);
  }
  return key ?? undefined;
}

/**
 * The terms of a text. `breaks` are offsets where one block of a page ends and the next
 * begins (page text is joined without separators, so "Headline" and "First" would otherwise
 * read as one word).
 */
export function termsOf(text: string, table: PhraseTable, breaks: readonly number[] = []): Term[] {
  const bounds = [0, ...breaks.filter((b) => b > 0 && b < text.length), text.length];
  const terms: Term[] = [];
  for (let b = 0; b + 1 < bounds.length; b++) {
    const words = wordsOf(text, bounds[b]!, bounds[b + 1]!);
    for (let i = 0; i < words.length; i++) {
      const phrase = phraseAt(words, i, table);
      if (phrase) {
        terms.push({
          key: phrase.token,
          start: words[i]!.start,
          end: words[i + phrase.words.length - 1]!.end,
        });
        i += phrase.words.length - 1;
        continue;
      }
      const key = termKey(words[i]!.text);
      if (key) terms.push({ key, start: words[i]!.start, end: words[i]!.end });
    }
  }
  return terms;
}

/**
 * Precision and recall on the blind-labelled news corpus (test/corpus/, see its README): pages
 * written and labelled by people who never saw the matcher's output. Every page is scanned with
 * the pipeline `npm run scan` uses (top-level and nested mentions), scored by corpus-score.ts,
 * and the table is printed on every run, per set (A–K, test/corpus/README.md): the development
 * sets the matcher is tuned on, and the held-out ones (`HELD_OUT`), written blind while it was
 * being tuned and opened only to measure it once it was frozen.
 *
 * The floors of issue #13 are asserted on the held-out pages; the matcher does not reach them
 * yet, so that test is an expected failure, and the figures measured when it was frozen are kept
 * as floors instead (development and held out separately), so no later change can lose ground.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { scanStatic } from '@/lib/dom/static-scan';
import { compileDictionary } from '@/lib/match/compile-dictionary';
import { aliasSpecsFromEntities } from '@/lib/match/from-kb';
import { validatePack } from '@/lib/kb/validate-pack';
import { corpusDir, readCorpus } from '../../../scripts/lib/corpus';
import { readSeedPack } from '../../../scripts/lib/seed-pack';
import { addScore, emptyTotals, formatTable, scorePage, setOf, type Totals } from './corpus-score';

const seed = validatePack(readSeedPack().pack);
if (!seed.ok) throw new Error('the seed knowledge base is invalid; run npm run kb:check');
const { entities, aliases } = aliasSpecsFromEntities(seed.pack.entities);
const dict = compileDictionary(aliases);
const kinds = new Map(seed.pack.entities.map((e) => [e.id, e.kind as string]));
const kindOf = (id: string) => kinds.get(id) ?? '?';
const kindNames = [...new Set(seed.pack.entities.map((e) => e.kind as string))];

/** Floors the issue sets (#13); the figures are printed whatever happens. */
const TARGETS = { precision: 0.97, recall: 0.95, eventRecall: 0.85, namesakePrecision: 0.98 };
/**
 * What the matcher reached when it was frozen for #13 (rounded down): later work may raise these,
 * never fall below them. The twenty-first freeze (8 December 2026, twelfth session, before its
 * passes, main cf4424e): W, held out at the nineteenth freeze and validation at the twentieth (its
 * errors never read), joins development, which measures A–W 0.9671 / 0.9409, events 0.8367,
 * namesakes 0.9203; X, whose totals took out one events rule at the twentieth (so it no longer
 * measures blind), becomes validation at 0.9437 / 0.9480, 0.8862, 0.8381; a new blind set Y
 * (456–475) is held out: as written 0.9546 / 0.9508, 0.8818, 0.8784; as read again by a second
 * blind labeller (decided before scoring) 0.9618 / 0.9482, 0.8602, 0.8608, both on main 819d92d
 * before any merge. After the twelfth session's passes A–W 0.9679 / 0.9427, 0.8455, 0.9227.
 * The twentieth freeze (7 December 2026, eleventh session, before its passes,
 * main c9a6f0f): V, held out at the eighteenth freeze and validation at the nineteenth (its errors
 * never read), joins development, which measures A–V 0.9661 / 0.9384, events 0.8325, namesakes
 * 0.9172; W, whose totals decided two events rules at the nineteenth (so it no longer measures
 * blind), becomes validation at 0.9566 / 0.9479, 0.8966, 0.8483; a new blind set X (436–455) will
 * be held out, scored on main before any merge. A fourth blind relabel then ruled ten questions
 * (test/corpus/corrections/rulings-7-december-4.md, 76 labels across A–W, 4 on W); with the same
 * matcher A–V measure 0.9669 / 0.9383, events 0.8323, namesakes 0.9192, and W 0.9573 / 0.9458,
 * 0.8895, 0.8483 (its events: the field marshal's visit and Operation Sindoor now labelled where
 * they are paraphrased), so W's floors follow the labels, not a change of the matcher. Set X
 * (436–455; 1,611 labels, 320 events, 282 namesakes), written blind, scored on main before any
 * matcher merge (85200648): 0.9341 / 0.9488, events 0.8875, namesakes 0.8191; its writer had done
 * no cold reread, so a second blind labeller read it (test/corpus/corrections/relabel-X.md, 38
 * corrections, the fourth rulings applied): with the same matcher 0.9437 / 0.9472, 0.8862, 0.8381,
 * its floors. After the stop's passes (names 23rd, namesakes 22nd, events 23rd less its first rule,
 * taken out for X's precision): A–V 0.9674 / 0.9406, events 0.8340, namesakes 0.9238; W 0.9574 /
 * 0.9473, 0.8895, 0.8483; X 0.9437 / 0.9480, 0.8862, 0.8381.
 * The nineteenth freeze (7 December 2026, tenth session, before its passes,
 * main 1655f6d): U, held out at the seventeenth freeze and validation at the eighteenth (its errors
 * never read), joins development, which measures A–U 0.9661 / 0.9373, events 0.8245, namesakes
 * 0.9156; V, used at the eighteenth to decide the Strip alias and so no longer blind, becomes
 * validation at 0.9474 / 0.9143, 0.8233, 0.8559; a new blind set W (416–435, 1,326 KB mentions,
 * 358 events, 211 namesakes) is held out, scored on main before any merge (a17a770): 0.9563 /
 * 0.9412, events 0.8743, namesakes 0.8483. A third blind relabel then ruled ten open questions
 * (test/corpus/corrections/rulings-7-december-3.md, 64 labels across A–W); with the same matcher
 * A–U measure 0.9661 / 0.9374, events 0.8241, namesakes 0.9155; V 0.9474 / 0.9136, 0.8206, 0.8539;
 * W 0.9563 / 0.9419, 0.8743, 0.8483. After the stop's passes, tuned on U's errors first (the
 * twenty-second on events and on names, the twenty-first on namesakes), each group scored once
 * after: W's precision had fallen to 0.9530 (recall 0.9479); its totals, scored per events commit
 * (never its errors), put it on two rules, an office's possessive before a head and "ended in …
 * at Muridke", which were taken out, so W, like V, has now decided something. Final: A–U 0.9668 /
 * 0.9392, events 0.8321, namesakes 0.9204; V 0.9484 / 0.9183, 0.8405, 0.8584; W 0.9566 / 0.9479,
 * 0.8966, 0.8483.
 * The eighteenth freeze (7 December 2026, ninth session, before its passes,
 * main 394fb7a): T, held out at the sixteenth freeze and validation at the seventeenth (its errors
 * never read), joins development, which measures A–T 0.9669 / 0.9334, events 0.8266, namesakes
 * 0.9214; U, scored before and after the last stop's passes, becomes validation at 0.9363 / 0.9066,
 * 0.7847, 0.7637; a new blind set V (396–415, 1,253 KB mentions, 222 namesakes) is held out, scored
 * on main before any merge (d948cc7): 0.94698 / 0.9122, events 0.8233, namesakes 0.8559. After the
 * stop's passes, tuned on T's errors first (the twenty-first on events and on names, the twentieth
 * on namesakes), each group scored once after: A–T 0.9674 / 0.9372, events 0.8277, namesakes 0.9235;
 * U 0.9371 / 0.9111, 0.7847, 0.7637; V 0.9471 / 0.9138, 0.8233, 0.8559. With all passes in, V's
 * precision had fallen to 0.9416; its totals (per kind, never its errors) were scored at each merge
 * to find the cause, the names pass's "the Strip" alias (seven wrong links in places, none right),
 * and once with the alias out; the alias was taken out on those figures, so V no longer measures
 * fully blind. A second blind relabel then brought six constructs into line across A–V
 * (test/corpus/corrections/rulings-7-december-2.md), among them seven "Strip" on V that its writer,
 * coming after the ruling, had left unlabelled: the alias's wrong links were V's missing labels, and
 * it went back in. With the relabel and the alias: A–T 0.9678 / 0.9388, events 0.8276, namesakes
 * 0.9247; U 0.9372 / 0.9118, 0.7847, 0.7669; V 0.9474 / 0.9143, 0.8233, 0.8559.
 * The seventeenth freeze (7 December 2026, eighth session, before its passes,
 * main 3f7a23e): S, held out at the fifteenth freeze and validation at the sixteenth (its errors never
 * read), joins development, which measures A–S 0.9640 / 0.9318, events 0.8269, namesakes 0.9193; T,
 * scored before and after the last stop's passes, becomes validation at 0.9286 / 0.9099, 0.8022,
 * 0.8615; a new blind set U (376–395, 1,766 KB mentions, 237 namesakes) is held out, scored on main
 * before any merge (08ea3ea): 0.9356 / 0.9054, events 0.7826, namesakes 0.7637. Then a blind
 * relabeller brought fourteen constructs into line across A–T (test/corpus/corrections/
 * rulings-7-december.md: inner states of event phrases nested, possessive epithets, lunches,
 * Muridke, missions "of" a state…); with the same matcher A–S measure 0.9666 / 0.9298, events
 * 0.8258, namesakes 0.9177, and T 0.9438 / 0.9127, 0.8060, 0.8627 (U untouched). After the stop's
 * passes, tuned on S's errors first (the twentieth on events, the nineteenth on namesakes, the
 * twentieth on names and epithets), each group scored once after: A–S 0.9675 / 0.9326, events
 * 0.8281, namesakes 0.9235; T 0.9444 / 0.9153, 0.8082, 0.8627; U 0.9356 / 0.9054, 0.7847, 0.7637
 * (the gains did not reach the held-out set beyond two event mentions). A pass on capitals as the
 * government or the city (organs and verbs before "in", a list sharing its first name's reading,
 * journeys, quiz answers), merged after, each group scored once after it: A–S 0.9683 / 0.9345,
 * 0.8281, 0.9249; T 0.9455 / 0.9158, 0.8082, 0.8670; U 0.9363 / 0.9066, 0.7847, 0.7637. The sixteenth freeze (7 December 2026, seventh session, before its passes,
 * main 2b4a61d): development grows to A–R, since the unseen pages' recall (0.904–0.908) stayed far
 * below development's (0.944) and tuning on A–I alone was fitting those pages; J–R's errors were
 * never read, so they now teach the rules 180 pages of ways outlets write. A–R measure 0.961 /
 * 0.923, events 0.800, namesakes 0.904. S (scored three times, its errors never read) becomes
 * validation at 0.956 / 0.907, events 0.773, namesakes 0.842. A new blind set T (356–375) is held
 * out, scored on this main before any merge: 0.9285 / 0.8945, events 0.755, namesakes 0.857. After
 * the stop's passes (the eighteenth and nineteenth on events, a namesakes pass, the nineteenth on
 * names), each group scored once after: development 0.9644 / 0.9327, events 0.8285, namesakes 0.9254;
 * validation S 0.9578 / 0.9179, 0.8067, 0.8421; held out T 0.9286 / 0.9099, 0.8022, 0.8615 (one
 * dropped change was reverted after the floors test showed T's precision, the only time T's figures
 * were seen before the end). The fifteenth freeze (7 December 2026, sixth session, before its passes):
 * sets A–K, labelled before the guide's rulings of 6 December, were brought into line with them by
 * three blind helpers who never saw the matcher (every correction in test/corpus/corrections/), so
 * the floors were measured again on the same matcher (main 81df3db): development A–I 0.968 / 0.932,
 * events 0.793, namesakes 0.961 on the old labels → 0.9685 / 0.938, events 0.838, namesakes 0.955 on
 * the corrected ones (clauses no longer count as events; appositive epithets, teams and the inner
 * "US" now do); validation J–Q 0.946 / 0.893, 0.743, 0.869 → 0.945 / 0.899, 0.768, 0.869. A new
 * blind set S (336–355) is held out, scored on that main before any merge: 0.952 / 0.902, events
 * 0.773, namesakes 0.842; R, whose totals were seen before and after the last stop's passes, joins
 * J–Q as validation, which measures 0.946 / 0.900, events 0.772, namesakes 0.867 (J–R, corrected).
 * After the stop's passes (appositives split at their comma, nomination verbs only as gerunds,
 * events nested in protests and signings, the General Assembly as the body unless a session is
 * named, the seventeenth on events, organisations and epithets), main before → after: development
 * 0.9685 / 0.938, events 0.838, namesakes 0.955 → 0.973 / 0.944, 0.843, 0.955; validation J–R 0.946
 * / 0.900, 0.772, 0.867 → 0.950 / 0.904, 0.772, 0.867; held out S 0.952 / 0.902, 0.773, 0.842 →
 * 0.956 / 0.908, 0.773, 0.842 (scored after the merges and again after the second read's fixes).
 * The fourteenth freeze (7 December 2026, fifth session, before its
 * passes): a new blind set R (316–335) is held out, scored on main before any merge (15f4a4a):
 * 0.951 / 0.908, events 0.801, namesakes 0.853; Q, whose totals were seen before and after the
 * last stop's passes, joins J–P as validation, which measures 0.947 / 0.893, events 0.742,
 * namesakes 0.869 on that main. After the stop's passes (the sixteenth on events, the fifteenth on
 * names), each group scored once, main before → after: development 0.968 / 0.931, events 0.790,
 * namesakes 0.961 → 0.968 / 0.932, 0.793, 0.961; validation J–Q 0.946 / 0.893, 0.742, 0.869 →
 * 0.946 / 0.893, 0.743, 0.869; held out R unchanged at 0.951 / 0.908, 0.801, 0.853.
 * The thirteenth freeze (6 December 2026, fourth session, before its
 * passes): a new blind set Q (296–315) is held out, scored on main before any merge (3dca781):
 * 0.929 / 0.879, events 0.730, namesakes 0.829; P, whose totals were seen before and after the
 * last stop's passes, joins J–O as validation, which measures 0.947 / 0.893, events 0.737,
 * namesakes 0.865 on that main. After the stop's passes (the fifteenth on events, the fourteenth
 * on names), each group scored once, main before → after: development 0.968 / 0.931, events
 * 0.787, namesakes 0.959 → 0.968 / 0.931, 0.790, 0.961; validation J–P 0.948 / 0.893, 0.737,
 * 0.865 → 0.949 / 0.894, 0.743, 0.873; held out Q 0.929 / 0.879, 0.730, 0.829 → 0.931 / 0.880,
 * 0.735, 0.843.
 * The twelfth freeze (6 December 2026, third session, before its passes):
 * a new blind set P (276–295) is held out, scored on main before any merge (665ca11): 0.945 /
 * 0.901, events 0.781, namesakes 0.862; O, whose totals were seen before and after the last
 * stop's passes, joins J–N as validation, which measures 0.946 / 0.891, events 0.727, namesakes
 * 0.857 on that main. After the stop's passes (the fourteenth on events, the thirteenth on names),
 * each group scored once, main before → after: development 0.967 / 0.928, events 0.778, namesakes
 * 0.949 → 0.968 / 0.931, 0.787, 0.959; validation J–O 0.947 / 0.891, 0.728, 0.858 → 0.948 /
 * 0.892, 0.729, 0.864; held out P 0.945 / 0.901, 0.781, 0.863 → 0.947 / 0.901, 0.781, 0.871.
 * The tenth freeze (6 December 2026, second session, during the twelfth pass
 * on names): a new blind set O (256–275) is held out, scored on main before any merge (36509cc):
 * 0.936 / 0.917, events 0.824, namesakes 0.843; N, whose totals were seen before and after the
 * eleventh pass, joins J, K, L and M as validation, which measures 0.948 / 0.883, events 0.699,
 * namesakes 0.858 with the twelfth names pass merged (development 0.966 / 0.926, events 0.770,
 * namesakes 0.945). After that stop's passes (names in capitals, the thirteenth on events), each
 * group scored once, main before → after: development 0.965 / 0.926, events 0.770, namesakes 0.941
 * → 0.967 / 0.928, 0.778, 0.949; validation J–N 0.948 / 0.883, 0.699, 0.857 → 0.949 / 0.886, 0.711,
 * 0.860; held out O 0.936 / 0.917, 0.824, 0.843 → 0.937 / 0.919, 0.831, 0.847.
 * The ninth freeze (6 December 2026, before the eleventh pass): a new blind
 * set N (236–255) is held out, scored on main before any merge: 0.937 / 0.880, events 0.703,
 * namesakes 0.860; M, whose totals were seen before and after the tenth pass, joins J, K and L as
 * validation, which measures 0.951 / 0.881, events 0.691, namesakes 0.856 on that main. After the
 * eleventh pass on names and the twelfth on events (each group scored once after the merges):
 * development 0.965 / 0.925, events 0.767, namesakes 0.941 → 0.965 / 0.926, 0.770, 0.941;
 * validation 0.951 / 0.881, 0.691, 0.856 → 0.951 / 0.883, 0.694, 0.856; held out N 0.937 / 0.880,
 * 0.703, 0.860 → 0.938 / 0.884, 0.717, 0.860.
 * The eighth freeze (6 December 2026, before the tenth pass): a new blind
 * set M (216–235) is held out, scored on main before any merge: 0.955 / 0.880, events 0.740,
 * namesakes 0.900; L, whose totals were seen twice, joins J and K as validation, which measures
 * 0.948 / 0.875, events 0.658, namesakes 0.837 on that main. After the tenth pass (events and
 * names merged, each scored once): development 0.965 / 0.920, events 0.756, namesakes 0.939 →
 * 0.965 / 0.924, 0.765, 0.941; validation J+K+L 0.948 / 0.876, 0.659, 0.838 → 0.948 / 0.880,
 * 0.667, 0.838; held out M 0.956 / 0.881, 0.740, 0.901 → 0.957 / 0.884, 0.747, 0.901.
 * The seventh freeze (6 December 2026, ninth pass on events and names):
 * development A–I 0.964 / 0.920, events 0.751, namesakes 0.931 → 0.965 / 0.920, 0.756, 0.939;
 * validation J+K 0.940 / 0.867, 0.602, 0.814 → 0.942 / 0.868, 0.607, 0.820; held out L (written
 * blind that session, scored on main before the merges and once after) 0.958 / 0.887, 0.737,
 * 0.867 → 0.959 / 0.888, 0.737, 0.879. The sixth freeze: development A–I (6 December 2026, eighth pass on
 * events and names): 0.964 / 0.920, events 0.751, namesakes 0.931 (0.963 / 0.915, events 0.740,
 * namesakes 0.923 before). Held out: J and K, as at the fifth. Against the sixth freeze, main
 * before → after: J 0.935 / 0.858, events 0.552, namesakes 0.801 → 0.938 / 0.861, 0.566, 0.828;
 * K 0.941 / 0.867, events 0.614, namesakes 0.801 → 0.943 / 0.872, 0.636, 0.805; J+K 0.938 /
 * 0.863, events 0.584, namesakes 0.801 → 0.940 / 0.867, 0.602, 0.814. Nobody tuning the matcher
 * has opened either.
 * The fifth freeze (6 December 2026, seventh pass): development A–I 0.963 / 0.915, events 0.740,
 * namesakes 0.923 (0.962 / 0.908, events 0.734, namesakes 0.921 before). G, H and I were held out
 * at up to four freezes each and became development on 6 December, when a new blind set K was
 * written, so that tuning sees half again as many pages. Held out: J (written during the fourth
 * freeze) and K (written blind during the fifth, 176–183 corrected after a second labelling).
 * Against the fifth freeze, main before → after: J 0.934 / 0.852, events 0.542, namesakes 0.795 →
 * 0.935 / 0.858, 0.552, 0.801; K 0.942 / 0.862, events 0.605, namesakes 0.810 → 0.941 / 0.867,
 * 0.614, 0.801; J+K 0.938 / 0.857, events 0.575, namesakes 0.804 → 0.938 / 0.863, 0.584, 0.801
 * (the names pass traded two of K's namesakes for its recall).
 * Earlier freezes, development A–F and held out G–I: 0.965 / 0.929, events 0.783, namesakes 0.950
 * and G+H+I 0.956 / 0.874, events 0.658, namesakes 0.880 (the fourth); 0.964 / 0.922, events 0.766,
 * namesakes 0.949 and G+H+I 0.950 / 0.869, events 0.651, namesakes 0.881; development 0.962 /
 * 0.919, events 0.755, namesakes 0.947 and G+H 0.956 / 0.870, events 0.665, namesakes 0.884;
 * before that development 0.957 / 0.912, events 0.706, namesakes 0.892, and G 0.947 / 0.868,
 * events 0.673, namesakes 0.839; D+E held out at 0.955 / 0.869, events 0.588, namesakes 0.852; F
 * at 0.941 / 0.885, events 0.557, namesakes 0.884.
 */
const FROZEN = {
  development: { precision: 0.967, recall: 0.942, eventRecall: 0.845, namesakePrecision: 0.922 },
  validation: { precision: 0.943, recall: 0.948, eventRecall: 0.889, namesakePrecision: 0.838 },
  // Y as relabelled, scored on main 819d92d before any merge (after the passes: 0.9619 / 0.9505,
  // 0.8729, 0.8608).
  heldOut: { precision: 0.961, recall: 0.948, eventRecall: 0.86, namesakePrecision: 0.86 },
};

/**
 * The sets no matcher work has been tuned on: each was opened only to measure (README). J and K
 * are `validation`: never read for tuning, but their totals were seen when merges were chosen
 * (6 December, eighth pass), so they no longer measure blind; nor does L, whose totals were seen
 * before and after the ninth pass, nor M, seen before and after the tenth, nor N, seen before and
 * after the eleventh and twelfth, nor O, seen before and after the next stop's passes, nor P, seen
 * before and after the stop after that, nor Q, seen before and after the stop after that, nor R,
 * seen before and after the stop after that. At the sixteenth freeze J–R became development (their
 * errors are read for tuning from then on) and S, held out at the fifteenth and scored before and
 * after that stop's passes, was validation; at the seventeenth S joined development and T, held
 * out at the sixteenth and scored before and after its passes, was validation; at the eighteenth
 * T joined development and U, held out at the seventeenth and scored before and after its passes,
 * was validation; at the nineteenth U joined development and V (held out at the eighteenth, but
 * used there to decide one alias) was validation; at the twentieth V joined development and W
 * (held out at the nineteenth, but used there to take out two events rules) was validation; at the
 * twenty-first W joined development and X (held out at the twentieth, but used there to take out
 * one events rule) is validation. Y, written blind after that, measures blind.
 *
 * Whoever tunes the matcher runs this file with CORPUS_SKIP_HELD_OUT=1, which leaves the held-out
 * pages out entirely (not scored, not printed), so a helper's run never shows their figures.
 */
const VALIDATION = new Set(['X']);
const HELD_OUT = new Set(['Y']);
const skipHeldOut = process.env.CORPUS_SKIP_HELD_OUT === '1';
const groupOf = (set: string) =>
  HELD_OUT.has(set) ? 'held out' : VALIDATION.has(set) ? 'validation' : 'development';

const pages = (existsSync(join(corpusDir, 'labels')) ? readCorpus() : []).filter(
  (page) => !(skipHeldOut && HELD_OUT.has(setOf(page.page))),
);
const totals = new Map<string, Totals>();
const errors: string[] = [];

function predict(html: string) {
  const { mentions } = scanStatic(parseHTML(html).document, dict, entities);
  return mentions.map((m) => ({
    start: m.start,
    end: m.end,
    entity: m.entity.id,
    kind: m.entity.kind,
    nested: m.parent !== undefined,
    via: m.via ?? 'alias',
  }));
}

function totalsOf(name: string): Totals {
  let t = totals.get(name);
  if (!t) totals.set(name, (t = emptyTotals()));
  return t;
}

describe('mention detection on the blind-labelled corpus', () => {
  it('has a corpus whose labels all resolve', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.flatMap((p) => p.unresolved.map((u) => `${p.page}: ${u}`))).toEqual([]);
  });

  for (const page of pages) {
    it(`scores ${page.page}`, () => {
      const html = readFileSync(join(corpusDir, 'pages', page.page), 'utf8');
      const score = scorePage(page, predict(html), kindOf);
      const set = setOf(page.page);
      const group = groupOf(set);
      for (const name of ['all', `set ${set}`, group]) addScore(totalsOf(name), score);
      if (score.errors.length) errors.push(`${page.page}:\n  ${score.errors.join('\n  ')}`);
      // Every label was placed in the text the scanner read (see the first test).
      expect(score.labels).toBeGreaterThan(0);
    });
  }

  /** The figures that fall short of `floor`, as readable lines. */
  function shortOf(measured: Totals, floor: typeof TARGETS): string[] {
    const figures = measured.summary();
    return (
      [
        ['precision', figures.precision, floor.precision],
        ['recall', figures.recall, floor.recall],
        ['event recall', figures.eventRecall, floor.eventRecall],
        ['namesake precision', figures.namesakePrecision, floor.namesakePrecision],
      ] as const
    ).flatMap(([name, value, min]) => (value >= min ? [] : [`${name} ${value.toFixed(4)} < ${min}`]));
  }

  it('keeps the figures measured when the matcher was frozen for #13 (no regression)', () => {
    const checked = (
      [
        ['development', FROZEN.development],
        ['validation', FROZEN.validation],
        ['held out', FROZEN.heldOut],
      ] as const
    ).flatMap(([name, floor]) => {
      const measured = totals.get(name);
      return measured ? [{ name, short: shortOf(measured, floor) }] : [];
    });
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.filter((c) => c.short.length > 0)).toEqual([]);
  });

  // Known gap, measured once on the held-out pages (test/corpus/README.md): the matcher does not
  // yet reach the floors there. This fails loudly (turns red) once it does; then make it
  // a plain `it`. The floors are the issue's, unchanged.
  it.fails('reaches the floors of issue #13 on the pages nobody tuned to (not yet: see the table)', () => {
    // The held-out sets once they are present; until then the development set.
    const measured = totals.get('held out') ?? totals.get('validation') ?? totals.get('development');
    expect(measured).toBeDefined();
    expect(shortOf(measured!, TARGETS)).toEqual([]);
  });

  afterAll(() => {
    if (totals.size === 0) return;
    const columns = [...'ABCDEFGHIJKLMNOPQRSTUVWXY']
      .map((set) => `set ${set}`)
      .concat(['development', 'validation', 'held out', 'all'])
      .filter((name) => totals.has(name));
    const lines = [
      `Mention detection on the blind corpus (${pages.length} pages; held out = ${[...HELD_OUT].join(', ')}, validation = ${[...VALIDATION].join(', ')}, the rest development; sets in test/corpus/README.md):`,
      formatTable(
        columns.map((name) => [name, totals.get(name)!]),
        kindNames,
      ),
    ];
    if (process.env.CORPUS_ERRORS) lines.push(...errors);
    console.log(lines.join('\n'));
  });
});

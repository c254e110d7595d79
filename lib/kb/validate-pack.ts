/**
 * Full validation of a knowledge pack: the zod schema first, then the integrity rules. Returns
 * the parsed pack or every problem with its JSON path.
 */
import type { Issue } from '../result';
import { toIssues } from '../zod-issues';
import { checkPackIntegrity, type InstalledIds } from './integrity';
import { knowledgePackSchema, type KnowledgePack } from './schema';

export type PackValidation = { ok: true; pack: KnowledgePack } | { ok: false; issues: Issue[] };

export function validatePack(raw: unknown, installed?: InstalledIds): PackValidation {
  const parsed = knowledgePackSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  const issues = checkPackIntegrity(parsed.data, installed);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, pack: parsed.data };
}

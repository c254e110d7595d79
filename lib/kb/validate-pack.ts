/**
 * Full validation of a knowledge pack: the zod schema first, then the integrity rules. Returns
 * the parsed pack or every problem with its JSON path.
 */
import type { Issue } from '../result';
import { toIssues } from '../zod-issues';
import { checkPackIntegrity, type InstalledIds } from './integrity';
import { knowledgePackSchema, type KnowledgePack } from './schema';
import { overMatchWarning, weakAliases } from './alias-rules';

export type PackValidation =
  | { ok: true; pack: KnowledgePack; /** Problems that do not stop the pack installing. */ warnings: Issue[] }
  | { ok: false; issues: Issue[] };

/**
 * Schema, integrity, aliases too weak to link alone (refused), and aliases that would mark too
 * much ordinary English (a warning).
 */
export function validatePack(raw: unknown, installed?: InstalledIds): PackValidation {
  const parsed = knowledgePackSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  const issues = [...checkPackIntegrity(parsed.data, installed), ...weakAliases(parsed.data.entities)];
  if (issues.length > 0) return { ok: false, issues };
  const warning = overMatchWarning(parsed.data.entities);
  return { ok: true, pack: parsed.data, warnings: warning ? [warning] : [] };
}

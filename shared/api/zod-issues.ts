import type { z } from 'zod';

/** A refused field as the contract names it: the dotted path (`(root)` for the whole value) and why. */
export interface FieldIssue { path: string; message: string }

/** Each zod issue as a field issue: the one mapping from zod's issues to what callers see. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message }));
}

/** The first refused field as `path: message`, for a line of text (a CLI error, a verify report). */
export function firstIssueText(error: z.ZodError): string {
  const [first] = fieldIssues(error);
  return first ? `${first.path}: ${first.message}` : 'invalid';
}

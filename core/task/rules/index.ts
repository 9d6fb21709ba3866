import { budgetUnparsed } from './budget-unparsed';
import { cellError } from './cell-error';
import { completedBeforeStart } from './completed-before-start';
import { completionDateUnparsed } from './completion-date-unparsed';
import { deadlineDueSoon } from './deadline-due-soon';
import { deadlineExpired } from './deadline-expired';
import { deadlineMissing } from './deadline-missing';
import { deadlineUnparsed } from './deadline-unparsed';
import { duplicateNumber } from './duplicate-number';
import { leadAlsoCoordinating } from './lead-also-coordinating';
import { missingLead } from './missing-lead';
import { missingOutput } from './missing-output';
import { missingTaskText } from './missing-task-text';
import { statusUnknown } from './status-unknown';
import { unknownAgency } from './unknown-agency';
import type { TaskRule } from './rule';

/**
 * Every task-sheet rule, in the order the README lists them. A new rule is a module and a line here;
 * the README's table of codes is generated from this list (npm run docs:codes).
 */
export const TASK_RULES = [
  missingLead,
  deadlineExpired,
  deadlineDueSoon,
  deadlineMissing,
  deadlineUnparsed,
  budgetUnparsed,
  unknownAgency,
  leadAlsoCoordinating,
  missingOutput,
  missingTaskText,
  duplicateNumber,
  statusUnknown,
  completionDateUnparsed,
  completedBeforeStart,
  cellError,
] as const satisfies readonly TaskRule[];

export const TASK_CODES = TASK_RULES.map((r) => r.code);
export type TaskCode = (typeof TASK_RULES)[number]['code'];

export type { TaskRule, RuleHit, RowContext, RowCheck } from './rule';

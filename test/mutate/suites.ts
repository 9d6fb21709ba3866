/**
 * The unit and fixture suites that exercise the mutated folders (core/task, core/parse, core/report/period.ts,
 * core/report/consolidate.ts) in-process. Left out: the suites whose time goes to reading, writing and converting
 * files (reader, writer, CLI end to end, the workbook round-trips of fixtures and property), the browser and
 * add-in suites (they run built bundles, not the mutated sources), lint and the manifest.
 */
export const MUTATE_SUITES = [
  'task-rules',
  'task-read',
  'task-validate',
  'table-end',
  'edges',
  'time',
  'budget-status',
  'score',
  'index-sheet',
  'index-sheet-findings',
  'seed-tables',
  'agencies-seeds',
  'report-model',
  'plan-core',
  'finding-words',
  // The as-of rules of the page and the pane call the period's cut-off and window functions in-process.
  'front-settings',
  'score-edges',
  'budget-edges',
  'status-edges',
  'time-edges',
  'period-edges',
  // Every task rule's whole finding (cell, header, value, both messages) at its edges.
  'rules-edges',
  'task-read-edges',
  'consolidate-edges',
  // The survivors of the final run over core/task: area spellings, exact header synonyms, a header's length, merges across fields.
  'task-final-edges',
];

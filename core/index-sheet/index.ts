/** Index score sheets (PAR INDEX, SIPAS, PAPI, PCI): reading the tables and checking them. */
export { readIndexTables } from './read';
export { validateIndexTables } from './validate';
export { identifyIndex } from './title';
export { INDEX_CODES, INDEX_SEVERITY, type IndexCode } from './messages';
export {
  RoleSchema,
  EntrySchema,
  ComponentSchema,
  ColumnRefSchema,
  ColumnGroupSchema,
  IndexTableSchema,
  type Role,
  type Entry,
  type Component,
  type ColumnRef,
  type ColumnGroup,
  type IndexTable,
} from './schema';
export { parseScore, parseRank, ScoreSchema, RankSchema, scoreNumber, scoreRank, type Score, type Rank } from '../parse/score';

import type { GridInput } from '../../grid/grid';
import type { Decrypted } from './office-crypto';
import type { WorkbookBudget } from './grid-builder';
import { problem } from './problems';

/**
 * The reader of the formats without zip and XML (.xls, .xlsb, XML Spreadsheet 2003): SheetJS. It is
 * registered rather than imported, because SheetJS takes longer to load (about 240 ms in Node, codepage
 * tables included) than cchc takes to check a plan: index.ts registers it for pages and tests, and the CLI
 * registers a loader that requires it only when such a file comes.
 */
export type LegacyReader = (bytes: Uint8Array, budget: WorkbookBudget) => GridInput[];

let current: LegacyReader | null = null;

export function setLegacyReader(reader: LegacyReader): void {
  current = reader;
}

export function legacyReader(): LegacyReader {
  if (!current) throw problem({ code: 'unsupported', what: { vi: 'định dạng Excel cũ (chưa nạp bộ đọc)', en: 'an old Excel format (no reader loaded)' } });
  return current;
}

/** Opens an encrypted .xlsx/.xlsb with Excel's default password (its compound file is read by SheetJS's CFB). */
export type EncryptedOpener = (bytes: Uint8Array) => Decrypted;

let opener: EncryptedOpener | null = null;

export function setEncryptedOpener(open: EncryptedOpener): void {
  opener = open;
}

export function encryptedOpener(): EncryptedOpener {
  return opener ?? (() => ({ ok: false, why: 'unsupported' }));
}

/**
 * One reader of workbook bytes (see reader.ts), with every format ready: the .xlsx/.ods reader and SheetJS
 * for .xls and .xlsb. The CLI imports reader.ts and loads SheetJS only when an old file comes.
 */
import { setEncryptedOpener, setLegacyReader } from './legacy';
import { openEncrypted, readWithSheetJs } from './sheetjs';

setLegacyReader(readWithSheetJs);
setEncryptedOpener(openEncrypted);

export * from './reader';

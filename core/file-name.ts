/** The name the user knows a file by: its last path segment, whichever separator the host uses. */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

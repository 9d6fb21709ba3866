import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export function onPath(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/** Fails loudly, never skips, when LibreOffice is missing: CI installs it in .ci/run. */
export function requireLibreOffice(): void {
  if (!onPath('soffice')) throw new Error('LibreOffice is needed: apt-get install -y libreoffice-calc');
  if (!onPath('pdftotext')) throw new Error('poppler-utils is needed: apt-get install -y poppler-utils');
}

/** Converts with a private profile: a stale or locked one in $HOME would make soffice exit without converting. */
export function soffice(format: string, file: string, outDir: string) {
  const profile = `file://${path.join(outDir, 'lo-profile')}`;
  return spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, file], {
    encoding: 'utf8',
    timeout: 90_000,
  });
}

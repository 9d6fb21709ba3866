import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TEMP_PREFIX, sameFile, writeFileAtomic } from '../cli/write-atomic';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-write-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const leftovers = () => fs.readdirSync(dir).filter((f) => f.startsWith(TEMP_PREFIX));
const bytes = (s: string) => Buffer.from(s, 'utf8');

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temp file', async () => {
    const target = path.join(dir, 'Báo cáo Q3.xlsx');
    expect(await writeFileAtomic(target, bytes('mới'))).toEqual({ ok: true });
    expect(fs.readFileSync(target, 'utf8')).toBe('mới');
    expect(leftovers()).toEqual([]);
  });

  it('writes a file given as chunks, in order, whole', async () => {
    const target = path.join(dir, 'tong-hop.xlsx');
    const chunks = [bytes('PK'), new Uint8Array(0), bytes('phần một, '), Buffer.alloc(200_000, 0x61), bytes('hết')];
    expect(await writeFileAtomic(target, chunks)).toEqual({ ok: true });
    expect(fs.readFileSync(target).equals(Buffer.concat(chunks))).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('writes a file as its producer makes it, and leaves nothing when the producer fails', async () => {
    const target = path.join(dir, 'streamed.xlsx');
    const r = await writeFileAtomic(target, (emit) => {
      for (const s of ['PK', 'abc', 'xyz']) emit(bytes(s));
    });
    expect(r).toEqual({ ok: true });
    expect(fs.readFileSync(target, 'utf8')).toBe('PKabcxyz');
    const broken = path.join(dir, 'broken.xlsx');
    await expect(
      writeFileAtomic(broken, (emit) => {
        emit(bytes('PK'));
        throw new Error('merged areas overlap at B2');
      }),
    ).rejects.toThrow('merged areas overlap');
    expect(fs.existsSync(broken)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('refuses to overwrite an existing file without force, and keeps it', async () => {
    const target = path.join(dir, 'bao-cao.xlsx');
    fs.writeFileSync(target, 'cũ');
    const r = await writeFileAtomic(target, bytes('mới'));
    expect(r).toMatchObject({ ok: false, code: 'exists' });
    if (!r.ok) {
      expect(r.message.vi).toContain('--force');
      expect(r.message.en).toContain('--force');
    }
    expect(fs.readFileSync(target, 'utf8')).toBe('cũ');
    expect(leftovers()).toEqual([]);
  });

  it('overwrites with force', async () => {
    const target = path.join(dir, 'bao-cao.xlsx');
    fs.writeFileSync(target, 'cũ');
    expect(await writeFileAtomic(target, bytes('mới'), { force: true })).toEqual({ ok: true });
    expect(fs.readFileSync(target, 'utf8')).toBe('mới');
    expect(leftovers()).toEqual([]);
  });

  it('never overwrites an input, even with force and under another name', async () => {
    const input = path.join(dir, 'ke-hoach.xlsx');
    fs.writeFileSync(input, 'đầu vào');
    fs.symlinkSync(input, path.join(dir, 'lien-ket.xlsx'));
    for (const target of [input, path.relative(process.cwd(), input), path.join(dir, 'lien-ket.xlsx')]) {
      const r = await writeFileAtomic(target, bytes('báo cáo'), { force: true, inputs: [input] });
      expect(r).toMatchObject({ ok: false, code: 'is-input' });
    }
    expect(fs.readFileSync(input, 'utf8')).toBe('đầu vào');
    expect(leftovers()).toEqual([]);
  });

  it('reports a missing folder as an I/O failure', async () => {
    const r = await writeFileAtomic(path.join(dir, 'khong-co', 'bao-cao.xlsx'), bytes('x'));
    expect(r).toMatchObject({ ok: false, code: 'io' });
    if (!r.ok) expect(r.message.en).toContain('folder does not exist');
  });

  it('removes its temp file when the final rename fails', async () => {
    // A non-empty folder at the target: rename cannot replace it, even with force.
    const target = path.join(dir, 'bao-cao.xlsx');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'x'), 'x');
    const r = await writeFileAtomic(target, bytes('x'), { force: true });
    expect(r).toMatchObject({ ok: false, code: 'io' });
    expect(leftovers()).toEqual([]);
  });
});

describe('sameFile', () => {
  it('matches a file by path, by a relative path, through a symlink and through a hard link', async () => {
    const a = path.join(dir, 'a.xlsx');
    fs.writeFileSync(a, 'a');
    fs.symlinkSync(a, path.join(dir, 'sym.xlsx'));
    fs.linkSync(a, path.join(dir, 'hard.xlsx'));
    expect(await sameFile(a, a)).toBe(true);
    expect(await sameFile(a, path.relative(process.cwd(), a))).toBe(true);
    expect(await sameFile(path.join(dir, 'sym.xlsx'), a)).toBe(true);
    expect(await sameFile(path.join(dir, 'hard.xlsx'), a)).toBe(true);
  });

  it('tells different files apart, existing or not', async () => {
    const a = path.join(dir, 'a.xlsx');
    const b = path.join(dir, 'b.xlsx');
    fs.writeFileSync(a, 'x');
    fs.writeFileSync(b, 'x');
    expect(await sameFile(a, b)).toBe(false);
    expect(await sameFile(a, path.join(dir, 'missing.xlsx'))).toBe(false);
    expect(await sameFile(path.join(dir, 'missing.xlsx'), path.join(dir, 'other.xlsx'))).toBe(false);
  });

  it('matches two spellings of a path that does not exist yet, through a symlinked folder', async () => {
    fs.mkdirSync(path.join(dir, 'real'));
    fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'alias'));
    expect(await sameFile(path.join(dir, 'alias', 'new', 'r.xlsx'), path.join(dir, 'real', 'new', 'r.xlsx'))).toBe(true);
  });
});

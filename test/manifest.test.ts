// The add-in's manifest, checked offline (`npm run validate` asks Microsoft's online validator; this does not
// need the internet): well-formed, the right ids, requirement sets, buttons, icons and bilingual strings, and a
// production build whose manifest points only at $ADDIN_ORIGIN, at files the build really wrote.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { langFromDisplayLanguage } from '../addin/taskpane/i18n';
import * as acorn from 'acorn';

const ROOT = path.join(__dirname, '..');
const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  vo: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};
const DEV_ORIGIN = 'https://localhost:3000/';
const PROD_ORIGIN = 'https://cchc.example.gov.vn/addin/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

type Doc = ReturnType<DOMParser['parseFromString']>;
type El = NonNullable<Doc['documentElement']>;

function parse(file: string): { doc: Doc; problems: string[] } {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(fs.readFileSync(file, 'utf8'), 'text/xml');
  return { doc, problems };
}

const children = (el: El, ns: string, name: string): El[] => (Array.from(el.childNodes) as El[]).filter((n) => n.nodeType === 1 && n.namespaceURI === ns && n.localName === name);
function child(el: El, ns: string, name: string): El {
  const found = children(el, ns, name);
  if (found.length !== 1) throw new Error(`<${el.localName}> has ${found.length} <${name}> children, expected 1`);
  return found[0];
}
const text = (el: El) => (el.textContent ?? '').trim();
const xsiType = (el: El) => el.getAttributeNS(NS.xsi, 'type');
/** Vietnamese text: a letter with a diacritic (after NFD), or đ. */
const hasDiacritics = (s: string) => /[\u0300-\u036f]|đ|Đ/.test(s.normalize('NFD'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(buf.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('manifest.xml (source)', () => {
  const { doc, problems } = parse(path.join(ROOT, 'manifest.xml'));
  const app = doc.documentElement as El;
  const vo = child(app, NS.vo, 'VersionOverrides');
  const resources = child(vo, NS.vo, 'Resources');
  const resourceIds = (group: string, item: string) => children(child(resources, NS.bt, group), NS.bt, item);
  const images = new Map(resourceIds('Images', 'Image').map((e) => [e.getAttribute('id'), e]));
  const urls = new Map(resourceIds('Urls', 'Url').map((e) => [e.getAttribute('id'), e]));
  const shortStrings = new Map(resourceIds('ShortStrings', 'String').map((e) => [e.getAttribute('id'), e]));
  const longStrings = new Map(resourceIds('LongStrings', 'String').map((e) => [e.getAttribute('id'), e]));

  it('is well-formed XML with no parser warnings, an add-in only TaskPaneApp manifest with VersionOverrides 1.0', () => {
    expect(problems).toEqual([]);
    expect(app.namespaceURI).toBe(NS.app);
    expect(app.localName).toBe('OfficeApp');
    expect(xsiType(app)).toBe('TaskPaneApp');
    expect(xsiType(vo)).toBe('VersionOverridesV1_0');
  });

  it('has a GUID for Id (and AlternateId, if any) and a four-part version', () => {
    expect(text(child(app, NS.app, 'Id'))).toMatch(GUID);
    for (const alt of children(app, NS.app, 'AlternateId')) expect(text(alt)).toMatch(GUID);
    expect(text(child(app, NS.app, 'Version'))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(child(app, NS.app, 'ProviderName'))).not.toBe('');
  });

  it('defaults to English with Vietnamese overrides for the name and description', () => {
    expect(text(child(app, NS.app, 'DefaultLocale'))).toBe('en-US');
    for (const name of ['DisplayName', 'Description']) {
      const el = child(app, NS.app, name);
      const en = el.getAttribute('DefaultValue') ?? '';
      const overrides = children(el, NS.app, 'Override').filter((o) => o.getAttribute('Locale') === 'vi-VN');
      expect(overrides).toHaveLength(1);
      const vi = overrides[0].getAttribute('Value') ?? '';
      expect(hasDiacritics(vi)).toBe(true);
      expect(en.trim()).not.toBe('');
      expect(en).not.toBe(vi);
    }
    expect((child(app, NS.app, 'DisplayName').getAttribute('DefaultValue') ?? '').length).toBeLessThanOrEqual(125);
    expect((child(app, NS.app, 'Description').getAttribute('DefaultValue') ?? '').length).toBeLessThanOrEqual(250);
  });

  it('shows the ribbon in the language the task pane picks, for any Office display language (defect 9)', () => {
    // Office uses an Override only for its own locale and the DefaultValue for every other one
    // (https://learn.microsoft.com/office/dev/add-ins/develop/localization; 'de' alone for 'de-at' "isn't supported
    // across all combinations"); the pane is Vietnamese for a Vietnamese display language, English for any other.
    const resolve = (el: El, locale: string, ns: string) => children(el, ns, 'Override').find((o) => (o.getAttribute('Locale') ?? '').toLowerCase() === locale.toLowerCase())?.getAttribute('Value') ?? el.getAttribute('DefaultValue') ?? '';
    const strings: Array<[El, string]> = [
      [child(app, NS.app, 'DisplayName'), NS.app],
      [child(app, NS.app, 'Description'), NS.app],
      ...[...shortStrings.values(), ...longStrings.values()].map((e): [El, string] => [e, NS.bt]),
    ];
    const ribbonIsVietnamese = (locale: string) => shortStrings.get('ValidateButton.Label') && resolve(shortStrings.get('ValidateButton.Label')!, locale, NS.bt) === 'Kiểm tra';
    for (const locale of ['vi-VN', 'en-US', 'en-GB', 'en-AU', 'fr-FR', 'de-DE', 'zh-CN', 'ja-JP', 'ko-KR', 'lo-LA', 'km-KH']) {
      const pane = langFromDisplayLanguage(locale);
      expect({ locale, ribbon: ribbonIsVietnamese(locale) ? 'vi' : 'en' }).toEqual({ locale, ribbon: pane });
      for (const [el, ns] of strings) {
        const shown = resolve(el, locale, ns);
        const vietnamese = pane === 'vi';
        // English strings may quote the Vietnamese group name; the Vietnamese ones are Vietnamese throughout.
        expect({ locale, id: el.getAttribute('id') ?? el.localName, vietnamese: vietnamese ? hasDiacritics(shown) : !hasDiacritics(shown.replace(/\(cải cách hành chính\)/, '')) }).toEqual({ locale, id: el.getAttribute('id') ?? el.localName, vietnamese: true });
      }
    }
  });

  it('targets Excel workbooks, needs ExcelApi 1.7 and asks for ReadWriteDocument', () => {
    expect(children(child(app, NS.app, 'Hosts'), NS.app, 'Host').map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    const sets = child(child(app, NS.app, 'Requirements'), NS.app, 'Sets');
    const excelApi = children(sets, NS.app, 'Set').filter((s) => s.getAttribute('Name') === 'ExcelApi');
    expect(excelApi).toHaveLength(1);
    expect(excelApi[0].getAttribute('MinVersion')).toBe('1.7');
    expect(text(child(app, NS.app, 'Permissions'))).toBe('ReadWriteDocument');
    expect(child(child(app, NS.app, 'DefaultSettings'), NS.app, 'SourceLocation').getAttribute('DefaultValue')).toBe(`${DEV_ORIGIN}taskpane.html`);
    const hosts = children(child(vo, NS.vo, 'Hosts'), NS.vo, 'Host');
    expect(hosts.map(xsiType)).toEqual(['Workbook']);
  });

  it('resolves every resid to a resource of the right kind, and every resource is used', () => {
    const used = new Set<string>();
    const kindOf = (el: El): Map<string | null, El> => {
      if (el.namespaceURI === NS.bt && el.localName === 'Image') return images;
      if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(el.localName ?? '')) return urls;
      if (el.localName === 'Description') return longStrings;
      if (['Label', 'Title'].includes(el.localName ?? '')) return shortStrings;
      throw new Error(`unexpected resid on <${el.localName}>`);
    };
    const withResid = (Array.from(vo.getElementsByTagName('*')) as El[]).filter((e) => e.hasAttribute('resid'));
    expect(withResid.length).toBeGreaterThan(10);
    for (const el of withResid) {
      const resid = el.getAttribute('resid') ?? '';
      expect({ element: el.localName, resid, found: kindOf(el).has(resid) }).toEqual({ element: el.localName, resid, found: true });
      used.add(resid);
    }
    const declared = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
    expect(new Set(declared).size).toBe(declared.length); // ids are unique across the resources
    expect(declared.filter((id) => !used.has(id ?? ''))).toEqual([]);
  });

  it('gives every string resource a Vietnamese override that is a translation, within the length limits', () => {
    for (const [strings, limit] of [
      [shortStrings, 125],
      [longStrings, 250],
    ] as const) {
      expect(strings.size).toBeGreaterThan(0);
      for (const [id, el] of strings) {
        const en = el.getAttribute('DefaultValue') ?? '';
        const overrides = children(el, NS.bt, 'Override');
        expect({ id, locales: overrides.map((o) => o.getAttribute('Locale')) }).toEqual({ id, locales: ['vi-VN'] });
        const vi = overrides[0].getAttribute('Value') ?? '';
        expect({ id, vi: vi.trim() !== '' && vi !== en }).toEqual({ id, vi: true });
        expect(vi.length).toBeLessThanOrEqual(limit);
        expect(en.length).toBeLessThanOrEqual(limit);
      }
    }
    expect(shortStrings.get('CchcGroup.Label')?.getAttribute('DefaultValue')).toBe('Administrative reform');
    expect(children(shortStrings.get('CchcGroup.Label')!, NS.bt, 'Override')[0].getAttribute('Value')).toBe('Cải cách hành chính');
  });

  it('puts a group with the two buttons on the Home tab: Kiểm tra opens the pane, Tạo báo cáo quý runs createQuarterlyReport', () => {
    const form = child(children(child(vo, NS.vo, 'Hosts'), NS.vo, 'Host')[0], NS.vo, 'DesktopFormFactor');
    const getStarted = child(form, NS.vo, 'GetStarted');
    for (const part of ['Title', 'Description', 'LearnMoreUrl']) expect(child(getStarted, NS.vo, part).getAttribute('resid')).toBeTruthy();
    expect(urls.get(child(form, NS.vo, 'FunctionFile').getAttribute('resid'))?.getAttribute('DefaultValue')).toBe(`${DEV_ORIGIN}commands.html`);
    const point = child(form, NS.vo, 'ExtensionPoint');
    expect(xsiType(point)).toBe('PrimaryCommandSurface');
    expect(child(point, NS.vo, 'OfficeTab').getAttribute('id')).toBe('TabHome');
    const group = child(child(point, NS.vo, 'OfficeTab'), NS.vo, 'Group');
    expect(group.getAttribute('id')).toBe('CchcGroup');
    const iconSizes = (el: El) => children(child(el, NS.vo, 'Icon'), NS.bt, 'Image').map((i) => i.getAttribute('size'));
    expect(iconSizes(group)).toEqual(['16', '32', '80']);

    const label = (el: El, locale?: string) => {
      const s = shortStrings.get(child(el, NS.vo, 'Label').getAttribute('resid'));
      return locale ? children(s as El, NS.bt, 'Override')[0].getAttribute('Value') : s?.getAttribute('DefaultValue');
    };
    const controls = children(group, NS.vo, 'Control');
    expect(controls.map((c) => [xsiType(c), c.getAttribute('id'), label(c, 'vi-VN'), label(c)])).toEqual([
      ['Button', 'ValidateButton', 'Kiểm tra', 'Validate'],
      ['Button', 'ReportButton', 'Tạo báo cáo quý', 'Quarterly report'],
    ]);
    for (const c of controls) {
      expect(iconSizes(c)).toEqual(['16', '32', '80']);
      const tip = child(c, NS.vo, 'Supertip');
      expect(shortStrings.has(child(tip, NS.vo, 'Title').getAttribute('resid'))).toBe(true);
      expect(longStrings.has(child(tip, NS.vo, 'Description').getAttribute('resid'))).toBe(true);
    }
    const [validate, report] = controls.map((c) => child(c, NS.vo, 'Action'));
    expect(xsiType(validate)).toBe('ShowTaskpane');
    expect(text(child(validate, NS.vo, 'TaskpaneId'))).toBe('ButtonId1');
    expect(urls.get(child(validate, NS.vo, 'SourceLocation').getAttribute('resid'))?.getAttribute('DefaultValue')).toBe(`${DEV_ORIGIN}taskpane.html`);
    expect(xsiType(report)).toBe('ExecuteFunction');
    expect(text(child(report, NS.vo, 'FunctionName'))).toBe('createQuarterlyReport');
  });

  it('names icons that exist in assets/ as PNGs of the declared sizes', () => {
    const check = (url: string | null, size: number) => {
      expect(url).toMatch(new RegExp(`^${DEV_ORIGIN}assets/icon-${size}\\.png$`));
      expect(pngSize(path.join(ROOT, (url ?? '').slice(DEV_ORIGIN.length)))).toEqual({ width: size, height: size });
    };
    check(child(app, NS.app, 'IconUrl').getAttribute('DefaultValue'), 32);
    check(child(app, NS.app, 'HighResolutionIconUrl').getAttribute('DefaultValue'), 64);
    for (const img of (Array.from(vo.getElementsByTagNameNS(NS.bt, 'Image')) as El[]).filter((i) => i.hasAttribute('size'))) {
      check(images.get(img.getAttribute('resid'))?.getAttribute('DefaultValue') ?? null, Number(img.getAttribute('size')));
    }
    for (const size of [16, 32, 64, 80, 128]) expect(pngSize(path.join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
  });
});

describe('ADDIN_ORIGIN', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, as webpack-cli loads it
  const { addinOrigin } = require('../webpack.config.js') as { addinOrigin: () => { origin: string; isDefault: boolean } };
  const saved = process.env.ADDIN_ORIGIN;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_ORIGIN;
    else process.env.ADDIN_ORIGIN = saved;
  });
  const withOrigin = (value: string | undefined) => {
    if (value === undefined) delete process.env.ADDIN_ORIGIN;
    else process.env.ADDIN_ORIGIN = value;
    return addinOrigin();
  };

  it('defaults to the dev server, adds the trailing slash, and refuses what Office could not load', () => {
    expect(withOrigin(undefined)).toEqual({ origin: DEV_ORIGIN, isDefault: true });
    expect(withOrigin('https://cchc.example.gov.vn/addin')).toEqual({ origin: PROD_ORIGIN, isDefault: false });
    expect(withOrigin('https://CCHC.example.gov.vn')).toEqual({ origin: 'https://cchc.example.gov.vn/', isDefault: false });
    expect(() => withOrigin('http://cchc.example.gov.vn/')).toThrow(/https/);
    expect(() => withOrigin('cchc.example.gov.vn')).toThrow(/not a URL/);
    expect(() => withOrigin('https://cchc.example.gov.vn/?v=1')).toThrow(/query/);
  });
});

describe('the production build of the add-in', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-addin-'));
  let log = '';

  beforeAll(() => {
    const cli = require.resolve('webpack-cli/bin/cli.js');
    try {
      log = execFileSync(process.execPath, [cli, '--config-name', 'addin', '--mode', 'production'], {
        cwd: ROOT,
        env: { ...process.env, ADDIN_ORIGIN: PROD_ORIGIN, ADDIN_OUT: out },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      // webpack prints its errors on stdout: show them, not just "Command failed".
      const { stdout, stderr } = e as { stdout?: string; stderr?: string };
      throw new Error(`the add-in's production build failed:\n${[stdout, stderr].filter(Boolean).join('\n').slice(-4000)}`);
    }
  }, 120_000);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('points every URL of the manifest at ADDIN_ORIGIN, at a file the build wrote, and none at localhost', () => {
    expect(log).not.toMatch(/ADDIN_ORIGIN is not set/);
    const file = path.join(out, 'manifest.xml');
    const { doc, problems } = parse(file);
    expect(problems).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).not.toMatch(/localhost/i);
    const found: string[] = [];
    for (const el of Array.from(doc.getElementsByTagName('*')) as El[]) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.name === 'xmlns' || attr.name.startsWith('xmlns:')) continue; // namespace names, not addresses
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attr.value)) found.push(attr.value);
      }
      if (el.childNodes.length === 1 && el.firstChild?.nodeType === 3 && /^\s*[a-z][a-z0-9+.-]*:\/\//i.test(text(el))) found.push(text(el));
    }
    expect(found.length).toBeGreaterThanOrEqual(10);
    for (const url of found) {
      expect(url.startsWith(PROD_ORIGIN) ? url : `not under ${PROD_ORIGIN}: ${url}`).toBe(url);
      const rel = new URL(url).pathname.slice(new URL(PROD_ORIGIN).pathname.length);
      expect({ url, exists: fs.existsSync(path.join(out, rel)) && fs.statSync(path.join(out, rel)).isFile() }).toEqual({ url, exists: true });
    }
    expect(found).toEqual(expect.arrayContaining([`${PROD_ORIGIN}taskpane.html`, `${PROD_ORIGIN}commands.html`, `${PROD_ORIGIN}assets/icon-80.png`]));
  });

  /** The <script src> of a page in order, without their ?hash, and whether each is in the <head> and deferred. */
  const scriptsOf = (page: string) => {
    const html = fs.readFileSync(path.join(out, page), 'utf8');
    const headEnd = html.search(/<\/head>/i);
    return [...html.matchAll(/<script\b([^>]*)\bsrc=["']?([^"' >]+)[^>]*>/gi)].map((m) => ({ src: m[2].replace(/\?.*$/, ''), inHead: (m.index ?? 0) < headEnd, deferred: /\b(defer|async)\b/.test(m[1] + m[0]) }));
  };
  const cspOf = (page: string) => /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(fs.readFileSync(path.join(out, page), 'utf8'))?.[1] ?? '';

  it('loads office.js in the <head> of every page Office opens, first, then unsupported.js, then the deferred bundle (defect 7)', () => {
    // "You must reference the Office JavaScript API from inside the <head> section of the page" —
    // https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn
    for (const [page, bundle] of [
      ['taskpane.html', 'taskpane.js'],
      ['commands.html', 'commands.js'],
    ]) {
      expect({ page, scripts: scriptsOf(page) }).toEqual({
        page,
        scripts: [
          { src: OFFICE_JS, inHead: true, deferred: false },
          { src: 'unsupported.js', inHead: true, deferred: false },
          { src: bundle, inHead: true, deferred: true },
        ],
      });
      expect(fs.statSync(path.join(out, bundle)).size).toBeGreaterThan(1000);
      const csp = cspOf(page);
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com(;|$)/);
      expect(csp).toMatch(/connect-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-eval/);
    }
    expect(fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8')).toMatch(/<link rel=["']?stylesheet["']? href=["']?taskpane\.css/);
    expect(fs.existsSync(path.join(out, 'taskpane.css'))).toBe(true);
  });

  it('writes preview.html for a plain browser: no office.js, scripts from its own origin only', () => {
    expect(scriptsOf('preview.html')).toEqual([
      { src: 'unsupported.js', inHead: true, deferred: false },
      { src: 'preview.js', inHead: true, deferred: true },
    ]);
    expect(fs.readFileSync(path.join(out, 'preview.html'), 'utf8')).not.toMatch(/appsforoffice/);
    expect(cspOf('preview.html')).toMatch(/script-src 'self';/);
  });

  it('writes the commands’ message dialog, which Office alone opens, with office.js from the CDN and its ES5 script', () => {
    expect(scriptsOf('message.html').map((s) => s.src)).toEqual([OFFICE_JS, 'message.js']);
    const html = fs.readFileSync(path.join(out, 'message.html'), 'utf8');
    expect(html).toMatch(/id=["']?message\b/);
    expect(html).toMatch(/id=["']?ok\b/);
  });

  it('copies the hand-written ES5 scripts unchanged; the bundles are not ES5, which is why they exist (defect 6)', () => {
    for (const f of ['unsupported.js', 'message.js']) expect(fs.readFileSync(path.join(out, f), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'addin', 'legacy', f), 'utf8'));
    for (const bundle of ['taskpane.js', 'commands.js', 'preview.js']) {
      const code = fs.readFileSync(path.join(out, bundle), 'utf8');
      expect(() => acorn.parse(code, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
      expect(() => acorn.parse(code, { ecmaVersion: 5, sourceType: 'script' })).toThrow();
    }
  });
});

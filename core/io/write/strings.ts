import { escapeXstring, NS, XML_HEAD } from './xml';

/**
 * The shared-string table: each distinct text once, as Excel writes it. It keeps references to the
 * spec's own strings, not copies, so it costs the map's entries and no text.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  /** Text cells written, the sst's `count`. */
  private uses = 0;

  idOf(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(text, i);
      this.list.push(text);
    }
    return i;
  }

  get size(): number {
    return this.list.length;
  }

  /** sharedStrings.xml, piece by piece. */
  *xml(): Generator<string> {
    yield `${XML_HEAD}<sst xmlns="${NS.main}" count="${this.uses}" uniqueCount="${this.list.length}">`;
    for (const s of this.list) {
      // Excel keeps leading and trailing spaces only where the text says so, and says so only there, as
      // Excel itself does (line breaks inside a text need nothing): the schema has no xml:space on <t>.
      const keep = /^\s|\s$/.test(s) ? ' xml:space="preserve"' : '';
      yield `<si><t${keep}>${escapeXstring(s)}</t></si>`;
    }
    yield '</sst>';
  }
}

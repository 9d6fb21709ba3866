/**
 * The writer with a host's deflate (the CLI passes Node's zlib, slice by slice): the package holds the same
 * parts, byte for byte once inflated, as with fflate's own deflate, and every entry inflates as one stream.
 */
import { constants, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { writeReportXlsx, type DeflateSlice } from '../core/io/write';
import { CREATED, SPEC } from './report-spec-fixture';

describe('the report writer with the host’s deflate', () => {
  const slices: number[] = [];
  const zlibSlice: DeflateSlice = (data, final) => {
    slices.push(data.length);
    return deflateRawSync(data, { level: 6, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
  };
  // Long text, so the tasks sheet goes through deflate in several slices joined into one stream.
  const spec = structuredClone(SPEC);
  const long = 'Rà soát, đánh giá thủ tục hành chính '.repeat(40);
  for (let i = 0; i < 400; i++) spec.sheets[1].rows.push([{ content: { t: 'text', v: `${i} ${long}` } }]);

  it('writes the parts fflate writes, each one valid deflate across its slices', () => {
    const ours = unzipSync(writeReportXlsx(spec, { created: CREATED }));
    const host = unzipSync(writeReportXlsx(spec, { created: CREATED, deflate: zlibSlice }));
    expect(Object.keys(host).sort()).toEqual(Object.keys(ours).sort());
    for (const name of Object.keys(ours)) expect([name, Buffer.from(host[name]).equals(Buffer.from(ours[name]))]).toEqual([name, true]);
    expect(slices.filter((n) => n > 60_000).length).toBeGreaterThan(1);
  });
});

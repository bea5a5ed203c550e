// Size: what a first visit downloads. The page is one index.html (emscripten's SINGLE_FILE: the
// wasm inlined as base64, the JS glue, our shell), and the wasm carries the fonts and the default
// bundle as data. The issue's targets: the page's own code (.js + .wasm, without those assets)
// ≤ 350 KB gzipped; a first visit with fonts and the default bundle ≤ 1 MB gzipped.
//
// "Code" is measured by cutting the asset files' bytes out of the decoded wasm: its data segments
// are laid into the memory image they initialise, each asset is found there verbatim (as
// br_embed_files wrote it) and removed, and the rest (other sections, the image without the
// assets, zeros included) is what is counted: the instructions, ImGui's and our own tables and
// strings. Plus the JS. Each part is compressed on
// its own (gzip -9, and brotli, which CDNs also serve), since that is how a host would send
// separate .js and .wasm files; the single file is also compressed whole, as it is sent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1000;  // the issue's KB

function gz(bytes) { return gzipSync(bytes, { level: 9 }).length; }
function br(bytes) {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

// The wasm of a SINGLE_FILE page, and the page's text without it.
export function splitPage(html) {
  const m = /data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)/.exec(html) ??
            /data:application\/wasm;base64,([A-Za-z0-9+/=]+)/.exec(html);
  if (!m) throw new Error('no inlined wasm (data: URI) found in the page');
  const wasm = Buffer.from(m[1], 'base64');
  if (wasm.readUInt32BE(0) !== 0x0061736d) throw new Error('the inlined data is not a wasm module');
  return { wasm, js: Buffer.from(html.slice(0, m.index) + html.slice(m.index + m[0].length)) };
}

function leb(buf, at, signed = false) {
  let value = 0n, shift = 0n, byte;
  do {
    byte = buf[at++];
    value |= BigInt(byte & 0x7f) << shift;
    shift += 7n;
  } while (byte & 0x80);
  if (signed && (byte & 0x40)) value -= 1n << shift;
  return { value: Number(value), at };
}

// The module's sections other than data, and the memory image its data segments write (the
// linker and wasm-opt split the data at runs of zeros, so an asset is contiguous only there).
export function wasmParts(wasm) {
  const other = [wasm.subarray(0, 8)];
  let image = Buffer.alloc(0);
  for (let at = 8; at < wasm.length;) {
    const id = wasm[at];
    const size = leb(wasm, at + 1);
    const end = size.at + size.value;
    if (id !== 11) {
      other.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    const segments = [];
    let p = size.at;
    const count = leb(wasm, p);
    p = count.at;
    let next = 0;  // passive segments are laid after the active ones
    for (let i = 0; i < count.value; ++i) {
      const flags = leb(wasm, p);
      p = flags.at;
      let offset = null;
      if (flags.value === 2) p = leb(wasm, p).at;  // memory index
      if (flags.value !== 1) {
        if (wasm[p] !== 0x41) throw new Error('a data segment offset that is not i32.const');
        const o = leb(wasm, p + 1, true);
        offset = o.value;
        if (wasm[o.at] !== 0x0b) throw new Error('a data segment offset expression too long');
        p = o.at + 1;
      }
      const n = leb(wasm, p);
      segments.push({ offset, bytes: wasm.subarray(n.at, n.at + n.value) });
      p = n.at + n.value;
    }
    for (const s of segments) if (s.offset !== null) next = Math.max(next, s.offset + s.bytes.length);
    const base = Math.min(...segments.filter((s) => s.offset !== null).map((s) => s.offset));
    image = Buffer.alloc(next - base);
    for (const s of segments) {
      if (s.offset === null) {
        image = Buffer.concat([image, s.bytes]);
      } else {
        s.bytes.copy(image, s.offset - base);
      }
    }
    at = end;
  }
  return { other: Buffer.concat(other), image };
}

// The memory image with each asset's bytes cut out; throws when one is missing.
export function withoutAssets(image, assets) {
  let rest = image;
  for (const { name, bytes } of assets) {
    const at = rest.indexOf(bytes);
    if (at < 0) throw new Error(`${name} was not found in the wasm: cannot tell code from data`);
    rest = Buffer.concat([rest.subarray(0, at), rest.subarray(at + bytes.length)]);
  }
  return rest;
}

function row(what, bytes, note = '') {
  return { what, raw: bytes.length, gzip: gz(bytes), brotli: br(bytes), note };
}

export async function sizeSection(ctx) {
  const page = join(ctx.webDir, 'index.html');
  if (!existsSync(page)) throw new Error(`${page} is missing: build the web target first`);
  const html = readFileSync(page, 'utf8');
  const { wasm, js } = splitPage(html);
  const fonts = join(ctx.webDir, 'fonts');
  const assets = [
    ['Noto Sans Regular (subset)', join(fonts, 'NotoSans-Regular.subset.ttf')],
    ['Noto Sans Bold (subset)', join(fonts, 'NotoSans-Bold.subset.ttf')],
    ['Noto Sans Arabic (subset)', join(fonts, 'NotoSansArabic-Regular.subset.ttf')],
    ['default bundle', join(ctx.root, 'assets/default-bundle.json')],
  ].map(([name, file]) => ({ name, bytes: readFileSync(file) }));
  const { other, image } = wasmParts(wasm);
  const code = Buffer.concat([other, withoutAssets(image, assets)]);

  const rows = [
    row('page (index.html, as sent)', Buffer.from(html)),
    row('JS glue and shell', js),
    row('wasm, whole', wasm),
    row('wasm without fonts and bundle', code),
    ...assets.map(({ name, bytes }) => row(name, bytes)),
  ];
  const jsGz = rows[1].gzip, codeGz = rows[3].gzip;
  const codeTotal = jsGz + codeGz;
  const pageGz = rows[0].gzip;

  const fmt = (n) => (n / KB).toFixed(1);
  const lines = [
    '## Size: what a first visit downloads',
    '',
    `\`${page.replace(`${ctx.root}/`, '')}\` (one file: wasm inlined as base64, JS glue, shell). ` +
      'The wasm is decoded and the fonts and the default bundle are cut out of it (their bytes ' +
      'are found there verbatim) to measure the code alone. Each part is compressed on its own ' +
      '(gzip -9, brotli 11), as separate .js and .wasm files would be sent; KB = 1000 bytes.',
    '',
    '| part | raw KB | gzip KB | brotli KB |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.what} | ${fmt(r.raw)} | ${fmt(r.gzip)} | ${fmt(r.brotli)} |`),
    '',
    '| target | measured | limit | |',
    '| --- | ---: | ---: | --- |',
    `| code: JS + wasm without assets, gzip | ${fmt(codeTotal)} KB | 350 KB | ` +
      `${codeTotal <= 350 * KB ? 'met' : '**not met**'} |`,
    `| first visit: the page as sent, gzip | ${fmt(pageGz)} KB | 1000 KB | ` +
      `${pageGz <= 1000 * KB ? 'met' : '**not met**'} |`,
  ];
  return {
    markdown: lines.join('\n'),
    json: { page, rows, code_gzip_bytes: codeTotal, page_gzip_bytes: pageGz,
      targets: { code_gzip_bytes: 350 * KB, page_gzip_bytes: 1000 * KB } },
  };
}

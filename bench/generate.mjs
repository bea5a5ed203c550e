// Deterministic synthetic bundles for benchmarks (never committed; written to bench/data/).
//
//   node bench/generate.mjs --briefs 100000 [--seed 1] --out bench/data/briefs-100k.json
//
// Shaped like real news briefs so parsing and search costs are realistic: ~700-byte bodies in
// 2–4 paragraphs drawn from a Zipf-distributed vocabulary with a long tail of rare words, accented
// and non-Latin names (Gérard, Müller, Ødegaard, Ελένη, Анна), curly quotes and apostrophes,
// dashes, dates spread over ten years (some RFC 3339 with offsets, a few undated), titles on most
// briefs, tags and links on some. The same arguments always produce the same bytes.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

function parseArgs(argv) {
  const args = { briefs: 10000, seed: 1, out: null };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (key === '--briefs') args.briefs = Number(String(value).replace(/k$/i, '000').replace(/m$/i, '000000'));
    else if (key === '--seed') args.seed = Number(value);
    else if (key === '--out') args.out = value;
    else throw new Error(`unknown argument ${key}`);
  }
  if (!args.out || !(args.briefs >= 0)) {
    throw new Error('usage: node bench/generate.mjs --briefs N [--seed S] --out FILE');
  }
  return args;
}

// mulberry32: small, fast, deterministic.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ro', 'mi', 'ten', 'sha', 'vol', 'dri', 'an', 'el', 'or', 'us', 'qui',
  'bar', 'lek', 'po', 'zan', 'ti', 'mer', 'gol', 'fa', 'nu', 'sel', 'dor', 'vi', 'ha', 'lum',
  'ber', 'cas', 'ine', 'tor', 'ple', 'ment', 'ist', 'ard', 'ous', 'ion'];
const COMMON = ('the of and to in a is that for on was with as by at from his have has are were ' +
  'said government minister president police officials country people year new report after ' +
  'which also their against would been more over week state security protest regime city ' +
  'council election economy oil water power court prisoners rights international talks').split(' ');
const NAMES = ['Gérard Deprez', 'Zoë Müller', 'Søren Ødegaard', 'José Martínez', 'François Dubois',
  'Łukasz Wójcik', 'Ελένη Παπαδοπούλου', 'Анна Смирнова', 'Dmitrij Šoltés', 'Ærøskøbing',
  'Straße', 'Mohammad Mohaddessin', 'Çağla Yıldız', 'Ngô Bảo Châu', 'Björk Guðmundsdóttir'];
const CITIES = ['London', 'Paris', 'Zürich', 'São Paulo', 'Kraków', 'Αθήνα', 'Москва', 'Tehran',
  'Ahvaz', 'Strasbourg', 'Brussels', 'Geneva', 'Washington', 'Reykjavík', 'Düsseldorf', 'Córdoba',
  'Ålesund', 'Kyiv', 'Istanbul', 'Nairobi'];

function buildVocabulary(random, size) {
  const words = new Set(COMMON);
  while (words.size < size) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w + (random() < 0.1 ? String(Math.floor(random() * 100)) : ''));
  }
  return [...words];
}

// Zipf(s) sampler over ranks 0..n-1 by binary search in the cumulative weights.
function zipf(random, n, s) {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cdf[i] = total += 1 / Math.pow(i + 1, s);
  return () => {
    const x = random() * total;
    let lo = 0, hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const random = rng(args.seed);
  const vocab = buildVocabulary(random, 60000);
  const pick = zipf(random, vocab.length, 1.07);
  const sources = Array.from({ length: 40 }, (_, i) => `${vocab[200 + i * 7][0].toUpperCase()}${vocab[200 + i * 7].slice(1)} News`);
  const word = () => vocab[pick()];
  const choose = (list) => list[Math.floor(random() * list.length)];

  function sentence() {
    const n = 8 + Math.floor(random() * 14);
    const parts = [];
    for (let i = 0; i < n; i++) {
      const r = random();
      if (r < 0.04) parts.push(choose(NAMES));
      else if (r < 0.06) parts.push(`“${word()} ${word()}”`);
      else if (r < 0.08) parts.push(`${word()}’s`);
      else if (r < 0.09) parts.push('–');
      else parts.push(word());
    }
    const s = parts.join(' ');
    return s[0].toUpperCase() + s.slice(1) + '.';
  }
  function paragraph(bytes) {
    let p = sentence();
    while (Buffer.byteLength(p) < bytes) p += ' ' + sentence();
    return p;
  }

  mkdirSync(dirname(args.out), { recursive: true });
  const fd = openSync(args.out, 'w');
  let buffer = `{\n"version": 1,\n"title": "Synthetic briefs (${args.briefs}, seed ${args.seed})",\n"briefs": [\n`;
  const epoch = Date.UTC(2015, 0, 1);
  for (let i = 0; i < args.briefs; i++) {
    const brief = { id: `s${args.seed}-${i}` };
    const r = random();
    const day = new Date(epoch + Math.floor(random() * 3652) * 86400000).toISOString().slice(0, 10);
    if (r < 0.03) {
      // undated
    } else if (r < 0.25) {
      const hh = String(Math.floor(random() * 24)).padStart(2, '0');
      const off = choose(['Z', '+03:00', '-05:00', '+01:00', '+05:30']);
      brief.date = `${day}T${hh}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00${off}`;
    } else {
      brief.date = day;
    }
    brief.source = choose(sources);
    brief.dateline = choose(CITIES);
    if (random() < 0.8) brief.title = sentence().slice(0, 40 + Math.floor(random() * 50)).replace(/\s+\S*$/, '');
    const paragraphs = 2 + Math.floor(random() * 3);
    const per = Math.floor(700 / paragraphs);
    brief.body = Array.from({ length: paragraphs }, () => paragraph(per));
    if (random() < 0.5) brief.url = `https://example.org/${brief.dateline.length}/${brief.id}`;
    if (random() < 0.4) brief.tags = Array.from({ length: 1 + Math.floor(random() * 3) }, () => vocab[20 + Math.floor(random() * 300)]);
    buffer += (i ? ',\n' : '') + JSON.stringify(brief);
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  }
  buffer += '\n]\n}\n';
  writeSync(fd, buffer);
  closeSync(fd);
}

main();

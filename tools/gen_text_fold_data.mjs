#!/usr/bin/env node
// Generates src/core/text_fold_data.inc: the character classes and folds the search engine uses
// (src/core/text_fold.cpp). Written once and committed, so builds need no Unicode data; rerun
// after changing the rules below: `node tools/gen_text_fold_data.mjs > src/core/text_fold_data.inc`.
//
// The Unicode facts come from node's own ICU (String.prototype.normalize, toLowerCase and
// \p{...} regular expressions); the header records the Unicode version used. The rules:
// - classes: space, separator (punctuation, symbols, apostrophes, dashes), quote, word
//   (letters, digits, marks of spaced scripts), unspaced (letters of scripts written without
//   spaces between words: Arabic, CJK, Thai...), drop (accents and format characters: they stay
//   inside a word but are removed from its folded form).
// - folds: lowercase, then canonical decomposition with the accents removed (Latin, Greek,
//   Arabic); Cyrillic only lowercases, plus ё→е (й, ї, ў stay letters of their own); a few
//   letters without a decomposition fold by hand (ß→ss, æ→ae, ø→o, ł→l, þ→th...); final sigma
//   becomes sigma; compatibility forms (ligatures, fullwidth, Greek symbol variants) decompose;
//   every decimal digit becomes its ASCII digit (done in code from kDigitZeros).
const kSpace = 0, kSep = 1, kQuote = 2, kWord = 3, kUnspaced = 4, kDrop = 5;
const kMaxCp = 0x10ffff;

const unspacedScripts = ['Arabic', 'Syriac', 'Thaana', 'Han', 'Hiragana', 'Katakana', 'Hangul',
  'Bopomofo', 'Thai', 'Lao', 'Khmer', 'Myanmar', 'Tibetan', 'Yi'];
const unspacedScript = new RegExp(`[${unspacedScripts.map((s) => `\\p{Script=${s}}`).join('')}]`, 'u');
// Marks and some letters are Script=Inherited or Common (Arabic harakat, the kana length mark):
// go by the scripts they are used with.
const unspacedExtended = new RegExp(`[${unspacedScripts.map((s) => `\\p{Script_Extensions=${s}}`).join('')}]`, 'u');
const quotes = new Set([0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2036, 0x275d,
  0x275e, 0x301d, 0x301e, 0x301f, 0xff02]);
// Accents removed in Latin, Greek, Cyrillic and Hebrew words (combining diacritics, Hebrew
// points); marks of other scripts are letters' vowel signs and stay.
const dropRanges = [[0x300, 0x36f], [0x483, 0x489], [0x591, 0x5bd], [0x5bf, 0x5bf], [0x5c1, 0x5c2],
  [0x5c4, 0x5c5], [0x5c7, 0x5c7], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f]];
const byHand = {
  'ß': 'ss', 'ẞ': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'ø': 'o', 'Ø': 'o', 'ǿ': 'o',
  'Ǿ': 'o', 'đ': 'd', 'Đ': 'd', 'ð': 'd', 'Ð': 'd', 'þ': 'th', 'Þ': 'th', 'ł': 'l', 'Ł': 'l',
  'ħ': 'h', 'Ħ': 'h', 'ŧ': 't', 'Ŧ': 't', 'ı': 'i', 'ŀ': 'l', 'Ŀ': 'l', 'ǣ': 'ae', 'Ǣ': 'ae',
  'ǽ': 'ae', 'Ǽ': 'ae', 'ё': 'е', 'Ё': 'е', 'ς': 'σ', 'ª': 'a', 'º': 'o', 'µ': 'μ', 'ŉ': 'n',
  // Arabic and Persian keyboards give different yeh and kaf for the same letter.
  'ي': 'ی', 'ى': 'ی', 'ك': 'ک',
};

function inDrop(cp) {
  return dropRanges.some(([a, b]) => cp >= a && cp <= b);
}

// Value of a decimal digit: digits come in runs of ten starting at zero.
function digitValue(cp) {
  let zero = cp;
  while (zero > 0 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1)) && cp - zero < 9) --zero;
  return (cp - zero) % 10;
}

function classify(cp) {
  if (cp >= 0xd800 && cp <= 0xdfff) return kSep;
  const s = String.fromCodePoint(cp);
  if (/[\t\n\v\f\r\u0085\u2028\u2029]/.test(s) || /\p{Zs}/u.test(s)) return kSpace;
  if (quotes.has(cp)) return kQuote;
  if (cp === 0x640) return kDrop;  // Arabic tatweel (kashida): stretches a word, means nothing
  if (/\p{Cf}/u.test(s)) return kDrop;  // soft hyphen, zero-width (non-)joiners, bidi marks
  if (inDrop(cp)) return kDrop;
  if (/\p{M}/u.test(s)) {
    if (/\p{Script_Extensions=Arabic}/u.test(s)) return kDrop;  // harakat
    return unspacedExtended.test(s) ? kUnspaced : kWord;
  }
  if (/\p{Nd}/u.test(s)) return kWord;  // every digit folds to ASCII, so digit runs are words
  if (/[\p{L}\p{Nl}]/u.test(s)) return unspacedExtended.test(s) ? kUnspaced : kWord;
  return kSep;
}

function stripMarks(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

// Scripts whose letters fold; letters of other scripts are matched as written.
const foldedScript = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Arabic}]/u;

function fold(cp, cls) {
  const s = String.fromCodePoint(cp);
  if (cls === kDrop || cls === kSpace || cls === kSep || cls === kQuote) return s;
  if (byHand[s] !== undefined) return byHand[s];
  if (/\p{Nd}/u.test(s)) return s;  // digits: kDigitZeros
  const halfwidth = cp >= 0xff61 && cp <= 0xffdc;  // halfwidth katakana and hangul
  if (!foldedScript.test(s) && !halfwidth) return s;
  if (cp >= 0xfb1d && cp <= 0xfeff) return s;  // Hebrew and Arabic presentation forms
  const compat = (cp >= 0xfb00 && cp <= 0xfb06) || (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x1c4 && cp <= 0x1cc) || (cp >= 0x1f1 && cp <= 0x1f3) || (cp >= 0x3d0 && cp <= 0x3f5);
  let out = compat ? s.normalize('NFKC') : s;
  if (/\p{Script=Cyrillic}/u.test(s)) return out.toLowerCase();
  if (/\p{Script=Hangul}/u.test(s)) return out;  // NFD would split syllables into jamo
  if (cls === kUnspaced && !/\p{Script=Arabic}/u.test(s)) return out;
  out = stripMarks(out.toLowerCase());
  for (const [from, to] of Object.entries(byHand)) out = out.split(from).join(to);
  return out.toLowerCase() === out ? out : s;
}

const runs = [];
const folds = [];
const zeros = [];
let prev = -1;
for (let cp = 0; cp <= kMaxCp; ++cp) {
  const cls = classify(cp);
  if (cls !== prev) runs.push([cp, cls]);
  prev = cls;
  if (cp >= 0x80 && /\p{Nd}/u.test(String.fromCodePoint(cp)) && digitValue(cp) === 0) zeros.push(cp);
  if (cp < 0x80 && cls === kWord) continue;  // ASCII is folded in code
  const f = fold(cp, cls);
  if (f === String.fromCodePoint(cp) || f.length === 0) continue;
  const bytes = Buffer.from(f, 'utf8');
  if (bytes.length > 7) continue;  // long compatibility expansions (ﷺ...) stay as they are
  folds.push([cp, bytes]);
}

const out = [];
out.push('// Generated by tools/gen_text_fold_data.mjs from Unicode ' + process.versions.unicode +
  ' (node ' + process.version + '). Do not edit.');
out.push('// clang-format off');
out.push(`// ${runs.length} class runs: (first code point << 3) | class, sorted.`);
out.push('static const uint32_t kClassRuns[] = {');
for (let i = 0; i < runs.length; i += 8) {
  out.push('  ' + runs.slice(i, i + 8).map(([cp, c]) => '0x' + ((cp * 8 + c) >>> 0).toString(16) + 'u').join(', ') + ',');
}
out.push('};');
out.push(`// ${zeros.length} non-ASCII decimal digit zeros: each starts a run of ten digits 0..9.`);
out.push('static const uint32_t kDigitZeros[] = {');
for (let i = 0; i < zeros.length; i += 8) {
  out.push('  ' + zeros.slice(i, i + 8).map((cp) => '0x' + cp.toString(16) + 'u').join(', ') + ',');
}
out.push('};');
// Folds: the code points (all in the Basic Multilingual Plane), and where each one's folded
// UTF-8 starts in a pool of distinct outputs (it ends where the next output in the pool starts).
if (folds.some(([cp]) => cp > 0xffff)) throw new Error('a fold above U+FFFF: widen kFoldFrom');
const pool = [];
const poolAt = new Map();
const at = folds.map(([, bytes]) => {
  const key = bytes.toString('hex');
  if (!poolAt.has(key)) {
    poolAt.set(key, pool.length);
    pool.push(...bytes);
  }
  return poolAt.get(key);
});
if (pool.length >= 1 << 13) throw new Error('the fold pool outgrew 13 bits');
out.push(`// ${folds.length} folds: code point, and its output as (start in kFoldPool << 3) | bytes.`);
out.push('static const uint16_t kFoldFrom[] = {');
for (let i = 0; i < folds.length; i += 12) {
  out.push('  ' + folds.slice(i, i + 12).map(([cp]) => '0x' + cp.toString(16)).join(', ') + ',');
}
out.push('};');
out.push('static const uint16_t kFoldAt[] = {');
for (let i = 0; i < at.length; i += 12) {
  out.push('  ' + at.slice(i, i + 12).map((a, k) => String(a * 8 + folds[i + k][1].length)).join(', ') + ',');
}
out.push('};');
out.push(`// ${pool.length} bytes of distinct folded outputs.`);
out.push('static const char kFoldPool[] =');
for (let i = 0; i < pool.length; i += 24) {
  out.push('  "' + pool.slice(i, i + 24).map((x) => '\\x' + x.toString(16)).join('') + '"');
}
out.push(';');
out.push('// clang-format on');
process.stdout.write(out.join('\n') + '\n');

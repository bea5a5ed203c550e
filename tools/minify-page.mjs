// Minifies the JavaScript inlined in the built page (build/web/index.html), in place, with
// Debian's terser: names mangled (the script's own top-level ones too), dead code dropped.
// emscripten 3.1.6 only strips whitespace from its glue unless the Closure Compiler is installed,
// and Debian ships none. Run by cmake/web.cmake after every link of the page.
//
// Everything outside the script reaches it by property (window.briefReader, Module["..."]), so
// mangling is safe, except the global `Module`, which pages and the benchmark hook into.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { minify } = require('terser');  // node-terser, found through NODE_PATH=/usr/share/nodejs

const file = process.argv[2];
if (!file) {
  console.error('usage: node tools/minify-page.mjs PAGE.html');
  process.exit(2);
}
const html = readFileSync(file, 'utf8');
const open = '<script>\n';
const start = html.indexOf(open);
const end = html.lastIndexOf('</script>');
if (start < 0 || end < start || html.indexOf(open, start + 1) >= 0) {
  console.error(`minify-page: ${file} should hold exactly one inline <script> (emcc's SINGLE_FILE page)`);
  process.exit(1);
}
const script = html.slice(start + open.length, end);
const result = await minify(script, {
  ecma: 2020,
  toplevel: true,
  compress: { passes: 2 },
  mangle: { reserved: ['Module'] },
  format: { comments: false },
});
if (result.code.includes('</script')) {
  console.error('minify-page: the minified script would close its <script> tag early');
  process.exit(1);
}
const out = html.slice(0, start + open.length) + result.code + '\n' + html.slice(end);
writeFileSync(`${file}.tmp`, out);
renameSync(`${file}.tmp`, file);
console.log(`minify-page: ${file}: script ${script.length} -> ${result.code.length} bytes`);

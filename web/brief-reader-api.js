// Brief Reader's page glue, prepended to the emscripten module (--pre-js).
//
// It sets the module up for our own page shell and publishes window.briefReader, the small,
// stable API for pages that embed the reader and for tests (documented in README.md):
//   ready            Promise, resolves once the default bundle is loaded and drawn
//   state()          plain JSON of what the reader shows
//   load(x)          x: a URL, JSON text, an ArrayBuffer/Uint8Array, or a Blob/File
//   search(query)    sets the query; resolves to state() with its results (once indexed)
//   select(id)       selects a brief by id; resolves to true when it exists
// Bundle bytes go straight into a padded buffer inside wasm memory; they are never turned into
// JavaScript objects.

Module['canvas'] = document.getElementById('canvas');

(function () {
  const statusEl = document.getElementById('status');
  function showStatus(message, failed) {
    if (!statusEl) return;
    statusEl.textContent = message;
    statusEl.classList.toggle('failed', !!failed);
    statusEl.hidden = false;
  }

  let resolveRuntime;
  const runtimeReady = new Promise((resolve) => { resolveRuntime = resolve; });
  let resolveReady, rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  ready.catch(() => {});  // a failed start is shown on the page; don't also make it unhandled

  // Performance marks, read back through state().perf in ms since navigation: the first frame,
  // the latest load() started, and its bundle listed (the frame after it was parsed).
  const MARKS = { firstFrameMs: 'brief-reader:first-frame', loadStartMs: 'brief-reader:load-start',
                  loadedMs: 'brief-reader:loaded' };
  function mark(which) {
    performance.clearMarks(MARKS[which]);
    performance.mark(MARKS[which]);
  }
  function perfState() {
    const out = {};
    // (Not for-of with destructuring: emscripten 3.1.6's minifier mangles it.)
    Object.keys(MARKS).forEach((key) => {
      const entry = performance.getEntriesByName(MARKS[key], 'mark')[0];
      out[key] = entry ? entry.startTime : null;
    });
    return out;
  }

  Module['onRuntimeInitialized'] = () => resolveRuntime();
  Module['brOnFirstFrame'] = () => {
    mark('firstFrameMs');
    if (statusEl) statusEl.hidden = true;
    startPage().then(() => resolveReady(window.briefReader),
                     (err) => { console.error(err); resolveReady(window.briefReader); });
  };
  const NEEDS = '\nIt needs a browser with WebGL2 and WebAssembly SIMD (Chrome or Edge 91+, ' +
      'Firefox 89+, Safari 16.4+).';
  Module['brOnFatal'] = (why) => {
    const message = 'Brief Reader cannot start: ' + why + NEEDS;
    showStatus(message, true);
    rejectReady(new Error(message));
  };
  Module['onAbort'] = (what) => {
    // A browser that cannot compile the module (one without wasm SIMD) aborts with a CompileError.
    if (/CompileError/.test(what)) return Module['brOnFatal'](what);
    showStatus('Brief Reader stopped unexpectedly: ' + what + '\nReload the page to start again.', true);
    rejectReady(new Error(String(what)));
  };
  Module['print'] = (text) => console.log(text);
  Module['printErr'] = (text) => console.warn(text);

  function withCString(text, fn) {
    const size = lengthBytesUTF8(text) + 1;
    const ptr = _malloc(size);
    try {
      stringToUTF8(text, ptr, size);
      return fn(ptr);
    } finally {
      _free(ptr);
    }
  }

  function state() {
    const s = JSON.parse(UTF8ToString(_br_state_json()));
    s.perf = perfState();
    s.wasmMemoryBytes = HEAPU8.length;  // the module's whole linear memory (it only grows)
    return s;
  }

  function reportError(name, message) {
    withCString(name, (n) => withCString(message, (m) => _br_report_load_error(n, m)));
  }

  // Progress of a load: bytes while fetching/reading, then a note while the briefs are parsed.
  const progressEl = document.getElementById('progress');
  function showProgress(text, fraction) {
    if (!progressEl) return;
    progressEl.hidden = false;
    progressEl.querySelector('.label').textContent = text;
    const bar = progressEl.querySelector('.bar');
    bar.style.width = fraction == null ? '100%' : `${Math.round(fraction * 100)}%`;
    bar.style.opacity = fraction == null ? '0.4' : '1';
  }
  function hideProgress() { if (progressEl) progressEl.hidden = true; }
  const nextPaint = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  const megabytes = (n) => (n / 1048576).toFixed(n < 10485760 ? 1 : 0) + ' MB';

  // The largest bundle a tab can hold: wasm memory ends at 4 GiB, and a loaded bundle with its
  // search index peaks at about 4× its file size while parsing (./build.sh bench measures it).
  const MAX_BUNDLE_BYTES = 900 * 1048576;
  function tooLarge(size, name) {
    if (size <= MAX_BUNDLE_BYTES) return false;
    reportError(name, `the file is too large to open in a browser tab (${megabytes(size)}; ` +
                      `up to ${megabytes(MAX_BUNDLE_BYTES)} fit): split it into smaller bundles`);
    return true;
  }

  function progressNote(name, received, total) {
    showProgress(total ? `Loading ${name}: ${megabytes(received)} of ${megabytes(total)}`
                       : `Loading ${name}: ${megabytes(received)}`, total ? received / total : null);
  }

  // Reads a stream whose size is known straight into a padded buffer in wasm memory. Returns
  // the bytes received, or null after reporting why the bundle cannot be opened.
  async function readIntoWasm(stream, total, name) {
    const ptr = _br_input_alloc(total);
    if (!ptr) {
      reportError(name, `the file is too large to open in this browser tab (${megabytes(total)})`);
      return null;
    }
    const reader = stream.getReader();
    let received = 0, lastShown = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (received + value.byteLength > total) {
        await reader.cancel();
        reportError(name, `${name} sent more than the ${total} bytes it announced`);
        return null;
      }
      HEAPU8.set(value, ptr + received);  // HEAPU8 read each time: it is replaced if memory grows
      received += value.byteLength;
      if (received - lastShown > 262144 || received === total) {
        lastShown = received;
        progressNote(name, received, total);
      }
    }
    return received;
  }

  // Reads a stream of unknown size to its end as chunks, reporting progress.
  async function readChunks(stream, name) {
    const reader = stream.getReader();
    const chunks = [];
    let received = 0, lastShown = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      if (tooLarge(received, name)) {
        await reader.cancel();
        return null;
      }
      if (received - lastShown > 262144) {
        lastShown = received;
        progressNote(name, received, null);
      }
    }
    return { chunks, size: received };
  }

  // Parses the `size` bytes now in the wasm input buffer and shows the bundle. `base` is the
  // URL it came from, where an archive's manifest finds its other files.
  async function commitInput(size, name, base) {
    try {
      if (size > 4 << 20) {
        showProgress(`Reading the briefs of ${name} (${megabytes(size)})…`, null);
        await nextPaint();  // let the note show before the parse takes the main thread
      }
      const ok = withCString(name, (n) => _br_input_commit(n, size)) === 1;
      if (ok) openedArchive(base);
      // The frame drawn next lists the bundle (the main loop's callback runs before this one).
      if (ok) requestAnimationFrame(() => mark('loadedMs'));
      // The search index is built a slice per frame meanwhile; load() resolves once the bundle
      // is searchable, showing how far indexing is.
      await whenIndexed((p) =>
        showProgress(`Indexing ${name} for search… ${Math.round(p * 100)}%`, p));
      return ok;
    } finally {
      hideProgress();
    }
  }

  // Resolves once the bundle's search index is built (it is built a slice per frame), telling
  // onProgress how far it is (0 to 1) each frame until then.
  async function whenIndexed(onProgress) {
    for (let p = _br_index_progress(); p >= 0; p = _br_index_progress()) {
      if (onProgress) onProgress(p);
      await new Promise((next) => requestAnimationFrame(next));
    }
  }

  // Copies chunks into one padded wasm buffer and parses them there.
  async function commitChunks(chunks, size, name, base) {
    if (tooLarge(size, name)) return false;
    const ptr = _br_input_alloc(size);
    if (!ptr) {
      reportError(name, `the file is too large to open in this browser tab (${megabytes(size)})`);
      return false;
    }
    let offset = 0;
    for (const chunk of chunks) {
      HEAPU8.set(chunk, ptr + offset);
      offset += chunk.byteLength;
    }
    return commitInput(size, name, base);
  }
  function commitBytes(bytes, name, base) {
    return commitChunks([bytes], bytes.byteLength, name, base);
  }

  // A stream of known or unknown size (a fetch body, a file), read and parsed; open() makes
  // the stream, only once the size has passed the budget.
  async function commitStream(open, total, name, base) {
    try {
      if (total != null) {
        if (tooLarge(total, name)) return false;
        const received = await readIntoWasm(open(), total, name);
        return received != null && commitInput(received, name, base);
      }
      const read = await readChunks(open(), name);
      return read != null && commitChunks(read.chunks, read.size, name, base);
    } finally {
      hideProgress();
    }
  }

  function looksLikeJson(text) {
    return /^[\s\ufeff]*[\[{]/.test(text);
  }

  async function load(source, name) {
    const isBytes = source instanceof ArrayBuffer || ArrayBuffer.isView(source);
    if (typeof source !== 'string' && !(source instanceof Blob) && !isBytes) {
      throw new TypeError('briefReader.load expects a URL, JSON text, bytes or a File');
    }
    await runtimeReady;
    mark('loadStartMs');
    let label = name || (source instanceof Blob ? source.name || 'file' : isBytes ? 'bytes' : '');
    try {
      if (typeof source === 'string' && looksLikeJson(source)) {
        await commitBytes(new TextEncoder().encode(source), label || 'pasted JSON');
      } else if (typeof source === 'string') {
        label = label || source;
        let response;
        try {
          response = await fetch(new URL(source, document.baseURI));
        } catch (err) {
          reportError(label, `could not fetch ${source}: ${err.message}`);
          return state();
        }
        if (!response.ok) {
          reportError(label, `could not fetch ${source}: HTTP ${response.status} ${response.statusText}`);
          return state();
        }
        // Content-Length is the compressed size when the server compresses: then it is unknown.
        const length = response.headers.get('content-encoding') ? null
            : Number(response.headers.get('content-length')) || null;
        if (response.body) {
          await commitStream(() => response.body, length, label, response.url);
        } else {
          await commitBytes(new Uint8Array(await response.arrayBuffer()), label, response.url);
        }
      } else if (source instanceof Blob) {
        await commitStream(() => source.stream(), source.size, label);
      } else {
        const bytes = source instanceof ArrayBuffer ? new Uint8Array(source)
            : new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
        await commitBytes(bytes, label);
      }
    } catch (err) {
      // Reading the file or allocating for it failed (e.g. out of memory): say so on the page.
      hideProgress();
      reportError(label || 'the bundle', String((err && err.message) || err));
    }
    return state();
  }

  // --- archives: the files an open archive asks for ----------------------------------------
  // An archive (brief-pack --shard) opens from its manifest; its shards and index pieces sit
  // beside it. After every drawn frame the page takes the files the reader wants (shards of the
  // rows in view, index pieces and shards a query needs) and fetches them a few at a time; each
  // is copied into wasm memory and handed over at once, and the next frame shows it.
  // Shards come in list order (the top row's first). The first of a batch is fetched alone:
  // downloads at once share the bandwidth, so six together all land late; with the first alone
  // the top row of a 1M archive's rare-word search was drawn in ~450 ms instead of ~900, and the
  // rest follow together.
  const ARCHIVE_KINDS = { docs: 0, piece: 1, shard: 2 };
  let archiveBase = null;  // the open archive's manifest URL ('' when it came without one)
  const archiveQueue = [];
  let archiveFetching = 0;
  let shardsFetching = 0;
  let leadShardIn = false;  // the batch's first shard has arrived: the rest may go together
  function openedArchive(base) {
    archiveQueue.length = 0;
    archiveBase = state().archive ? (base || '') : null;
    pumpArchive();
  }
  function pumpArchive() {
    if (archiveBase == null) return;
    for (const r of JSON.parse(UTF8ToString(_br_archive_requests()))) {
      archiveQueue.push(Object.assign(r, { base: archiveBase }));
    }
    if (shardsFetching === 0 && !archiveQueue.some((r) => r.kind === 'shard')) leadShardIn = false;
    for (let i = 0; archiveFetching < 6 && i < archiveQueue.length;) {
      const r = archiveQueue[i];
      if (r.kind === 'shard' && shardsFetching > 0 && !leadShardIn) {
        i++;  // waits for the lead shard
        continue;
      }
      archiveQueue.splice(i, 1);
      fetchArchiveFile(r);
    }
  }
  async function fetchArchiveFile(r) {
    archiveFetching++;
    if (r.kind === 'shard') shardsFetching++;
    try {
      if (!r.base) throw new Error('an archive opened from a file cannot reach its other files: open its manifest by URL');
      const response = await fetch(new URL(r.file, r.base));
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (r.base !== archiveBase) return;  // another bundle was opened meanwhile
      const ptr = _br_archive_alloc(bytes.byteLength);
      if (!ptr) throw new Error(`not enough memory for ${megabytes(bytes.byteLength)}`);
      HEAPU8.set(bytes, ptr);
      _br_archive_commit(ARCHIVE_KINDS[r.kind], r.index);
    } catch (err) {
      if (r.base === archiveBase) {
        withCString(String((err && err.message) || err),
                    (m) => _br_archive_fail(ARCHIVE_KINDS[r.kind], r.index, m));
      }
    } finally {
      archiveFetching--;
      if (r.kind === 'shard') {
        shardsFetching--;
        leadShardIn = true;
      }
      pumpArchive();
    }
  }
  Module['brAfterFrame'] = pumpArchive;

  // --- storage, clipboard, files: what the wasm side asks the page for ---------------------
  const STORAGE_PREFIX = 'brief-reader:';
  Module['brStorageGet'] = (key) => {
    try {
      return window.localStorage.getItem(STORAGE_PREFIX + key);
    } catch (err) {
      return null;  // storage disabled: nothing saved; saving will say so
    }
  };
  Module['brStorageSet'] = (key, value) => {
    try {
      window.localStorage.setItem(STORAGE_PREFIX + key, value);
      return true;
    } catch (err) {
      return false;  // private mode, quota, or disabled
    }
  };
  Module['brCopyText'] = (text) => {
    const fallback = () => {
      const area = document.createElement('textarea');
      area.value = text;
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      try { document.execCommand('copy'); } catch (err) { console.warn('copy failed', err); }
      area.remove();
      canvas.focus();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(fallback);
    } else {
      fallback();
    }
  };
  const canvas = Module['canvas'];
  const picker = document.createElement('input');
  picker.type = 'file';
  picker.accept = '.json,application/json,application/feed+json';
  picker.style.display = 'none';
  picker.addEventListener('change', () => {
    const file = picker.files && picker.files[0];
    if (file) load(file);
    picker.value = '';
  });
  document.body.appendChild(picker);
  Module['brPickFile'] = () => picker.click();

  // Dropping a file anywhere on the page opens it.
  window.addEventListener('dragover', (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer && event.dataTransfer.files && event.dataTransfer.files[0];
    if (file) load(file);
  });

  // Light or dark, following the system until the user toggles it in the reader.
  const darkQuery = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  Module['brBeforeFirstLoad'] = () => { if (darkQuery && darkQuery.matches) _br_set_dark(1); };
  if (darkQuery && darkQuery.addEventListener) {
    darkQuery.addEventListener('change', (e) => _br_set_dark(e.matches ? 1 : 0));
  }

  // --- deep links: #q=<query>&b=<brief id> -------------------------------------------------
  // The reader reports each change of query or selection; selecting a brief adds a history entry
  // (so back/forward move between briefs), typing a query replaces the current one.
  let applyingHash = false;
  function readHash() {
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    return { query: params.get('q') || '', id: params.get('b') || '' };
  }
  function makeHash(query, id) {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (id) params.set('b', id);
    const text = params.toString();
    return text ? '#' + text : '';
  }
  Module['brOnViewChanged'] = (query, id) => {
    if (applyingHash) return;
    const current = readHash();
    const hash = makeHash(query, id || '');
    if (hash === makeHash(current.query, current.id)) return;
    const url = location.pathname + location.search + hash;
    try {
      if ((id || '') !== current.id && id) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    } catch (err) {
      // Some embedders (sandboxed iframes) forbid history changes; the reader works without.
    }
  };
  function applyHash() {
    const { query, id } = readHash();
    applyingHash = true;
    try {
      withCString(query, (q) => _br_search(q));
      withCString(id, (p) => _br_select(p));
    } finally {
      applyingHash = false;
    }
  }
  window.addEventListener('popstate', applyHash);
  window.addEventListener('hashchange', applyHash);

  // After the default bundle is drawn: ?bundle=URL (relative or same-origin), then the hash.
  async function startPage() {
    const wanted = new URLSearchParams(location.search).get('bundle');
    if (wanted) {
      let url = null;
      try {
        url = new URL(wanted, document.baseURI);
      } catch (err) {
        reportError(wanted, `?bundle=${wanted} is not a URL`);
      }
      if (url && location.protocol !== 'file:' && url.origin !== location.origin) {
        reportError(wanted, `?bundle must name a file on this site (relative or same-origin), not ${url.origin}`);
      } else if (url) {
        await load(url.href, wanted);
      }
    }
    if (location.hash) applyHash();
  }

  window.briefReader = {
    ready,
    state,
    load,
    async search(query) {
      await runtimeReady;
      withCString(String(query ?? ''), (q) => _br_search(q));
      // While the bundle's index is still being built (a slice per frame: the default bundle
      // right after start, or one opened by a drop), the query waits for it: resolve with its
      // results, not with the list as it was.
      await whenIndexed();
      return state();
    },
    async select(id) {
      await runtimeReady;
      return withCString(String(id ?? ''), (p) => _br_select(p)) === 1;
    },
  };
})();

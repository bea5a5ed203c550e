// Brief Reader's page glue, prepended to the emscripten module (--pre-js).
//
// It sets the module up for our own page shell and publishes window.briefReader, the small,
// stable API for pages that embed the reader and for tests (documented in README.md):
//   ready            Promise, resolves once the default bundle is loaded and drawn
//   state()          plain JSON of what the reader shows
//   load(x)          x: a URL, JSON text, an ArrayBuffer/Uint8Array, or a Blob/File
//   search(query)    sets the query
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

  Module['onRuntimeInitialized'] = () => resolveRuntime();
  Module['brOnFirstFrame'] = () => {
    if (statusEl) statusEl.hidden = true;
    resolveReady(window.briefReader);
  };
  Module['brOnFatal'] = (why) => {
    const message = 'Brief Reader cannot start: ' + why +
        '\nIt needs a browser with WebGL2 (any current Chrome, Edge, Firefox or Safari).';
    showStatus(message, true);
    rejectReady(new Error(message));
  };
  Module['onAbort'] = (what) => {
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
    return JSON.parse(UTF8ToString(_br_state_json()));
  }

  function reportError(name, message) {
    withCString(name, (n) => withCString(message, (m) => _br_report_load_error(n, m)));
  }

  // Copies bytes into a padded wasm buffer and parses them there.
  function commitBytes(bytes, name) {
    const ptr = _br_input_alloc(bytes.byteLength);
    if (!ptr) {
      const mb = (bytes.byteLength / 1048576).toFixed(0);
      reportError(name, `the file is too large to open in this browser tab (${mb} MB)`);
      return false;
    }
    HEAPU8.set(bytes, ptr);
    return withCString(name, (n) => _br_input_commit(n)) === 1;
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
    let label = name || (source instanceof Blob ? source.name || 'file' : isBytes ? 'bytes' : '');
    try {
      if (typeof source === 'string' && looksLikeJson(source)) {
        commitBytes(new TextEncoder().encode(source), label || 'pasted JSON');
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
        commitBytes(new Uint8Array(await response.arrayBuffer()), label);
      } else if (source instanceof Blob) {
        commitBytes(new Uint8Array(await source.arrayBuffer()), label);
      } else {
        const bytes = source instanceof ArrayBuffer ? new Uint8Array(source)
            : new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
        commitBytes(bytes, label);
      }
    } catch (err) {
      // Reading the file or allocating for it failed (e.g. out of memory): say so on the page.
      reportError(label || 'the bundle', String((err && err.message) || err));
    }
    return state();
  }

  window.briefReader = {
    ready,
    state,
    load,
    async search(query) {
      await runtimeReady;
      withCString(String(query ?? ''), (q) => _br_search(q));
      return state();
    },
    async select(id) {
      await runtimeReady;
      return withCString(String(id ?? ''), (p) => _br_select(p)) === 1;
    },
  };
})();

#!/usr/bin/env bash
# Brief Reader: the one entry point for building, running and testing.
#
# Every command first makes sure what it needs is installed (Debian packages, Debian source
# packages for the web build, npm packages for the browser tests), so any command works as the
# first one on a fresh Debian bookworm. When everything is already there, that check is quick
# and silent. Run `./build.sh help` for the list.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"
DEPS="$ROOT/.deps"            # Debian source packages and the wasm SDL2 build (git-ignored)
export NODE_PATH=/usr/share/nodejs  # emscripten 3.1.6 needs acorn from here with any node
export DEBIAN_FRONTEND=noninteractive
JOBS=$(nproc 2>/dev/null || echo 2)

# Pinned third-party sources: package, Debian version, suite, orig tarball, its sha256.
# ImGui 1.90.1 comes from trixie's source package (newer API; compiles with emscripten 3.1.6).
PINS=(
  "imgui 1.90.1+ds-1 trixie imgui_1.90.1+ds.orig.tar.xz ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c"
  "simdjson 3.0.1-1 bookworm simdjson_3.0.1.orig.tar.gz 156b1bc5eb0561b2bd166b46d191fd3d95a3e709cc63761477d3b7aec2b6e9ed"
  "libsdl2 2.26.5+dfsg-1 bookworm libsdl2_2.26.5+dfsg.orig.tar.gz b3f2c822151804125d08db94c65852f711c2e5df2145a59da120748dc32eb9c3"
)
APT_PACKAGES=(
  ca-certificates cmake ninja-build g++ pkg-config dpkg-dev xz-utils gzip xxd
  libsdl2-dev libgtest-dev libgl1-mesa-dri
  emscripten nodejs npm node-terser
  chromium fonts-noto-core fonttools
  xvfb xauth
)
# Only for `./build.sh fuzz`: clang and its runtime libraries, where libFuzzer lives on bookworm
# (libclang_rt.fuzzer in libclang-rt-14-dev, which clang-14 only recommends).
FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)
# Dependency builds and downloads are also kept outside the clone, so a fresh clone on the same
# machine (CI, a second work tree) reuses them: .deps/ links to them.
CACHE="${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/brief-reader"
SDL2_WASM="$DEPS/sdl2-wasm-2.26.5"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

need_root() {
  [ "$(id -u)" = 0 ] || die "installing packages needs root (run as root, or install: $*)"
}

apt_updated=0
apt_update_once() {
  [ $apt_updated = 1 ] && return
  apt-get update -qq || die "apt-get update failed (is Debian's archive reachable?)"
  apt_updated=1
}

setup_packages() { # [PACKAGE...] (default: APT_PACKAGES)
  local missing=() wanted=("$@")
  [ $# = 0 ] && wanted=("${APT_PACKAGES[@]}")
  for p in "${wanted[@]}"; do
    # A node from elsewhere (e.g. NodeSource, which bundles npm) is fine: only ask Debian for
    # nodejs/npm when the command is missing.
    case $p in nodejs) command -v node >/dev/null && continue ;; npm) command -v npm >/dev/null && continue ;; esac
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} = 0 ] && return
  need_root "${missing[@]}"
  log "installing Debian packages: ${missing[*]}"
  apt_update_once
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    die "apt-get install failed for: ${missing[*]}"
}

# deb-src entries for bookworm and trixie, so `apt-get source` can fetch the pinned sources.
setup_deb_src() {
  local f=/etc/apt/sources.list.d/brief-reader-src.sources
  [ -f "$f" ] && return
  need_root "a deb-src entry in $f"
  log "adding Debian source package entries ($f)"
  cat >"$f" <<'EOF'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  apt_updated=0
  apt_update_once
}

# Fetches each pinned source package into .deps/src/<package>-<version>, checking the orig
# tarball's checksum. A mismatch stops the build with a clear message.
setup_sources() {
  mkdir -p "$DEPS/src" "$DEPS/download"
  local pin name ver suite tarball sum dir
  for pin in "${PINS[@]}"; do
    read -r name ver suite tarball sum <<<"$pin"
    dir="$DEPS/src/$name-${ver%%[+-]*}"
    [ -f "$dir/.brief-reader-ok" ] && grep -qx "$sum" "$dir/.brief-reader-ok" && continue
    setup_deb_src
    log "fetching Debian source package $name $ver ($suite)"
    if [ ! -f "$DEPS/download/$tarball" ]; then
      (cd "$DEPS/download" && apt-get source -qq --download-only "$name=$ver" >/dev/null 2>&1) || {
        apt_updated=0
        apt_update_once
        (cd "$DEPS/download" && apt-get source -qq --download-only "$name=$ver" >/dev/null) ||
          die "could not fetch source package $name=$ver from Debian's $suite archive"
      }
    fi
    local got
    got=$(sha256sum "$DEPS/download/$tarball" | cut -d' ' -f1)
    if [ "$got" != "$sum" ]; then
      die "checksum mismatch for $tarball: expected $sum, got $got.
  The pinned $name $ver is not what Debian served; refusing to build with it.
  Delete $DEPS/download/$tarball to retry, or update the pin in build.sh after review."
    fi
    rm -rf "$dir" && mkdir -p "$dir"
    tar -xf "$DEPS/download/$tarball" -C "$dir" --strip-components=1
    echo "$sum" >"$dir/.brief-reader-ok"
  done
}

# SDL2 compiled to wasm once from the Debian source and cached in .deps (about 3 minutes).
# Only what the page uses: video, events, timers and GLES contexts. No audio, joystick, haptic,
# sensor, power, render, filesystem or locale subsystems, no offscreen/dummy drivers, and
# SDL_LEAN_AND_MEAN drops the software blitters (the page draws with WebGL2 only): about 45 KB
# less gzipped code in the page. The options are recorded in the marker, so a cached SDL2 built
# with other options is rebuilt.
SDL2_WASM_OPTIONS=(
  -DCMAKE_BUILD_TYPE=MinSizeRel -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF
  -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF -DSDL_SENSOR=OFF
  -DSDL_POWER=OFF -DSDL_RENDER=OFF -DSDL_FILESYSTEM=OFF -DSDL_LOCALE=OFF
  -DSDL_DUMMYVIDEO=OFF -DSDL_OFFSCREEN=OFF -DSDL_DISKAUDIO=OFF -DSDL_DUMMYAUDIO=OFF
  -DCMAKE_C_FLAGS=-DSDL_LEAN_AND_MEAN=1
)
setup_sdl2_wasm() {
  local stamp="${SDL2_WASM_OPTIONS[*]}"
  [ -f "$SDL2_WASM/.brief-reader-ok" ] && [ "$(cat "$SDL2_WASM/.brief-reader-ok")" = "$stamp" ] && return
  local cached="$CACHE/sdl2-wasm-2.26.5"
  if [ -f "$cached/.brief-reader-ok" ] && [ "$(cat "$cached/.brief-reader-ok")" = "$stamp" ]; then
    rm -rf "$SDL2_WASM" && ln -s "$cached" "$SDL2_WASM"
    return
  fi
  log "building SDL2 2.26.5 for WebAssembly (once per machine, a few minutes; cached in $CACHE)"
  local b="$DEPS/build/sdl2-wasm"
  rm -rf "$b" "$SDL2_WASM" "$cached"
  mkdir -p "$CACHE"
  emcmake cmake -S "$DEPS/src/libsdl2-2.26.5" -B "$b" -G Ninja "${SDL2_WASM_OPTIONS[@]}" \
    -DCMAKE_INSTALL_PREFIX="$cached" \
    >"$DEPS/sdl2-wasm.log" 2>&1 || die "SDL2 wasm configure failed: see $DEPS/sdl2-wasm.log"
  cmake --build "$b" -j "$JOBS" >>"$DEPS/sdl2-wasm.log" 2>&1 &&
    cmake --install "$b" >>"$DEPS/sdl2-wasm.log" 2>&1 ||
    die "SDL2 wasm build failed: see $DEPS/sdl2-wasm.log"
  echo "$stamp" >"$cached/.brief-reader-ok"
  ln -s "$cached" "$SDL2_WASM"
  rm -rf "$b"
}

# playwright-core (pinned in tests/browser/package-lock.json) drives Debian's chromium.
setup_npm() {
  local d="$ROOT/tests/browser"
  if [ ! -f "$d/node_modules/.package-lock.json" ] ||
    [ "$d/package-lock.json" -nt "$d/node_modules/.package-lock.json" ]; then
    log "installing npm packages for the browser tests (npm ci)"
    (cd "$d" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || die "npm ci failed in tests/browser"
  fi
}

setup_native() { setup_packages; setup_sources; }
setup_web() { setup_packages; setup_sources; setup_sdl2_wasm; }
setup_all() { setup_web; setup_npm; }

configure() { # preset
  local preset=$1 dir="$ROOT/build/$1"
  if [ ! -f "$dir/build.ninja" ]; then
    cmake --preset "$preset" >"$ROOT/build/configure-$preset.log" 2>&1 || {
      cat "$ROOT/build/configure-$preset.log" >&2
      die "cmake --preset $preset failed"
    }
  fi
}

build_native() {
  setup_native
  mkdir -p build
  configure native
  log "building native (build/native)"
  cmake --build --preset native
}

build_web() {
  setup_web
  mkdir -p build
  configure web
  log "building web (build/web)"
  cmake --build --preset web
}

make_dist() {
  build_web
  rm -rf "$ROOT/dist" && mkdir -p "$ROOT/dist"
  cp "$ROOT/build/web/index.html" "$ROOT/dist/index.html"
  log "dist/ ready: $(du -h dist/index.html | cut -f1) index.html (self-contained; open it from disk or upload the folder)"
}

cmd_serve() {
  local port=8000
  while [ $# -gt 0 ]; do
    case "$1" in
      --port) port=${2:?--port needs a number}; shift 2 ;;
      --port=*) port=${1#--port=}; shift ;;
      *) die "serve: unknown option $1" ;;
    esac
  done
  make_dist
  exec node "$ROOT/tools/serve.mjs" "$ROOT/dist" "$port"
}

cmd_native() {
  build_native
  log "running build/native/brief-reader $*"
  exec "$ROOT/build/native/brief-reader" "$@"
}

cmd_test() {
  setup_all
  build_native
  log "native unit tests (ctest, build/native)"
  ctest --preset native
  make_dist
  log "core tests compiled to wasm, under node (ctest, build/web)"
  ctest --preset web
  log "browser end-to-end tests (playwright-core + Debian chromium)"
  (cd "$ROOT/tests/browser" && node --test --test-reporter=spec ./*.test.mjs)
}

# libFuzzer on parse_bundle and parse_digest (tests/fuzz), clang with ASan and UBSan, in its own
# build directory (build/fuzz, or $BR_FUZZ_DIR); both targets run side by side for SECONDS each.
# Never part of `test`.
cmd_fuzz() {
  local seconds=${1:-60} dir=${BR_FUZZ_DIR:-$ROOT/build/fuzz} failed=0 t
  case $seconds in '' | *[!0-9]*) die "fuzz: SECONDS must be a whole number, not '$seconds'" ;; esac
  setup_native
  setup_packages "${FUZZ_PACKAGES[@]}"
  mkdir -p "$dir"
  if [ ! -f "$dir/build.ninja" ]; then
    local flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
    CC=clang-14 CXX=clang++-14 cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DBR_FUZZ=ON -DBR_BUILD_TESTS=OFF -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
      >"$dir/configure.log" 2>&1 || {
      cat "$dir/configure.log" >&2
      die "configuring $dir failed"
    }
  fi
  log "building the fuzz targets ($dir)"
  cmake --build "$dir" --target fuzz_parse_bundle fuzz_parse_digest
  # Seeds are copied (libFuzzer reads directories); what it finds goes to corpus-*/ and stays.
  rm -rf "$dir/seeds-bundle" "$dir/seeds-digest"
  mkdir -p "$dir/seeds-bundle" "$dir/seeds-digest" "$dir/corpus-bundle" "$dir/corpus-digest" \
    "$dir/crashes"
  cp "$ROOT"/assets/*.json "$ROOT"/tests/data/*.json "$dir/seeds-bundle/"
  cp "$ROOT"/assets/*.txt "$ROOT"/tests/data/*.txt "$dir/seeds-digest/"
  log "fuzzing parse_bundle and parse_digest for ${seconds}s (side by side; logs in $dir)"
  local targets=(bundle digest) pids=() i
  for t in "${targets[@]}"; do
    "$dir/tests/fuzz/fuzz_parse_$t" -max_total_time="$seconds" -print_final_stats=1 \
      -dict="$ROOT/tests/fuzz/$t.dict" -artifact_prefix="$dir/crashes/$t-" \
      "$dir/corpus-$t" "$dir/seeds-$t" >"$dir/fuzz-$t.log" 2>&1 &
    pids+=($!)
  done
  for i in "${!targets[@]}"; do
    t=${targets[$i]}
    wait "${pids[$i]}" || failed=1
    printf 'parse_%s: %s\n' "$t" "$(grep -E '^(#[0-9]+[[:space:]]+DONE|Done )' "$dir/fuzz-$t.log" | tr '\n' ' ' || true)"
    sed -n 's/^stat::\(number_of_executed_units\|new_units_added\|peak_rss_mb\)/    \1/p' "$dir/fuzz-$t.log"
  done
  if [ $failed = 1 ]; then
    grep -h -A30 -E 'ERROR: |fuzz invariant broken|runtime error|No such file' "$dir"/fuzz-*.log | head -60 >&2 || true
    die "the fuzzer found a problem; the input is in $dir/crashes/ (rerun: $dir/tests/fuzz/fuzz_parse_TARGET FILE)"
  fi
  log "no crash, hang, sanitizer report or broken invariant in ${seconds}s per target"
}

# The parse benchmark (bench/run.mjs): native, wasm under node and node's JSON.parse on the same
# synthetic bundles, generated into bench/data/. Not a test; arguments go to bench/run.mjs.
cmd_bench() {
  build_native
  build_web
  setup_npm  # the frames section drives chromium through the browser tests' playwright-core
  log "benchmark (node bench/run.mjs $*)"
  node "$ROOT/bench/run.mjs" "$@"
}

cmd_help() {
  cat <<'EOF'
Brief Reader — ./build.sh COMMAND

  serve [--port N]   build the web reader into dist/ and serve it on http://127.0.0.1:N (8000)
  native [BUNDLE]    build and run the desktop reader (SDL2 + OpenGL 3)
  test               all tests: native unit tests, the same tests as wasm under node, browser tests
  dist               build only the static folder dist/ (upload it anywhere)
  setup              install/fetch every dependency (Debian packages, sources, npm)
  fuzz [SECONDS]     libFuzzer (clang, ASan+UBSan) on the bundle and digest loaders, 60 s each
  bench [ARGS]       the benchmark report (size, parse, search, frames, archive) against the peers
  help               this list

Each command installs what it needs first (idempotent).
EOF
}

case "${1:-help}" in
  serve) shift; cmd_serve "$@" ;;
  native) shift; cmd_native "$@" ;;
  test) shift; cmd_test "$@" ;;
  dist) make_dist ;;
  setup) setup_all; log "all dependencies are in place" ;;
  fuzz) shift; cmd_fuzz "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  help | -h | --help) cmd_help ;;
  *) cmd_help; die "unknown command: $1" ;;
esac

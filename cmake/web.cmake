# The web reader: one self-contained index.html (wasm, JS glue and assets inlined), so the same
# file works served over http, from a CDN under any sub-path, and opened straight from disk
# (file://, where Chromium refuses to fetch a separate .wasm).
add_executable(brief_reader_web src/platform/web_main.cpp)
target_link_libraries(brief_reader_web PRIVATE brief_ui br_imgui_sdl2_gl3)
set_target_properties(brief_reader_web PROPERTIES OUTPUT_NAME "index" SUFFIX ".html")

set(BR_WEB_SHELL "${CMAKE_SOURCE_DIR}/web/shell.html")
set(BR_WEB_GLUE "${CMAKE_SOURCE_DIR}/web/brief-reader-api.js")

# CMake mangles '$' in link options, so emscripten's library function list goes through a
# response file (what -sUSE_SDL=2 would have added for the static SDL2).
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/sdl2-link.rsp"
     "-sDEFAULT_LIBRARY_FUNCS_TO_INCLUDE=$autoResumeAudioContext,$dynCall\n")

set(BR_WEB_EXPORTS
  _main _malloc _free
  _br_input_alloc _br_input_commit _br_report_load_error _br_state_json
  _br_search _br_select _br_request_frame _br_set_dark _br_index_progress
  _br_archive_requests _br_archive_alloc _br_archive_commit _br_archive_fail)
list(JOIN BR_WEB_EXPORTS "," BR_WEB_EXPORTS_CSV)

target_link_options(brief_reader_web PRIVATE
  "@${CMAKE_CURRENT_BINARY_DIR}/sdl2-link.rsp"
  -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sFILESYSTEM=0 -sSINGLE_FILE=1 -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB
  -sENVIRONMENT=web -sMINIFY_HTML=0
  "-sEXPORTED_FUNCTIONS=${BR_WEB_EXPORTS_CSV}"
  "-sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8"
  "--shell-file=${BR_WEB_SHELL}"
  "--pre-js=${BR_WEB_GLUE}"
  # Leaner JS glue: WebGL2 needs no extension auto-enabling or GLES-style strings, the page
  # never reads errno, and every browser with WebGL2 has TextDecoder.
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sGL_EXTENSIONS_IN_PREFIXED_FORMAT=0
  -sGL_EMULATE_GLES_VERSION_STRING_FORMAT=0 -sGL_TRACK_ERRORS=0
  -sSUPPORT_ERRNO=0 -sTEXTDECODER=2 -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
  # and reads only the Module settings web/brief-reader-api.js gives it.
  "-sINCOMING_MODULE_JS_API=[canvas,onRuntimeInitialized,onAbort,print,printErr]")
set_property(TARGET brief_reader_web APPEND PROPERTY LINK_DEPENDS "${BR_WEB_SHELL}" "${BR_WEB_GLUE}"
  "${CMAKE_SOURCE_DIR}/tools/minify-page.mjs")
# Then the page's script is minified (names mangled, dead code dropped) by Debian's terser:
# emscripten 3.1.6 leaves its names as they are without the Closure Compiler, which Debian lacks.
find_program(BR_NODE NAMES node nodejs REQUIRED)
add_custom_command(TARGET brief_reader_web POST_BUILD
  COMMAND "${BR_NODE}" "${CMAKE_SOURCE_DIR}/tools/minify-page.mjs" "$<TARGET_FILE:brief_reader_web>"
  VERBATIM)

# Size (issue 6): the page's code is what every first visit downloads. The UI, Dear ImGui, its
# SDL2/OpenGL3 backends and the page's main are not hot (a frame draws a few dozen rows): they
# are compiled for size. The core (parse, index, search) and simdjson keep -O3/-O2, and the link
# keeps the build type's -O3: the core at -Os parsed ~1.5x and searched up to 3x slower, and
# binaryen at -Oz/-Os made short queries or parsing measurably slower (./build.sh bench).
foreach(target br_imgui br_imgui_sdl2_gl3 brief_ui brief_reader_web)
  target_compile_options(${target} PRIVATE -Oz)
endforeach()
# Nothing in the page throws or asks for type information: simdjson is built with
# SIMDJSON_EXCEPTIONS=0 and emscripten does not catch exceptions by default.
foreach(target br_simdjson brief_core br_imgui br_imgui_sdl2_gl3 brief_ui brief_reader_web)
  target_compile_options(${target} PRIVATE -fno-exceptions -fno-rtti)
endforeach()
# The page never opens ImGui's metrics/debug windows nor its files (io.IniFilename is null).
target_compile_definitions(br_imgui PUBLIC IMGUI_DISABLE_DEBUG_TOOLS IMGUI_DISABLE_FILE_FUNCTIONS)
# The core's cold files, too: reading JSON Feed and plain-text digests, locating a JSON syntax
# error, parsing a query (a few bytes), highlighting the rows in view, marks and the timeline;
# an archive's manifest and index pieces, writing bundles, parse.cpp (the precise path, the
# top-level fields; each brief is read by brief_reader.cpp, which stays -O3) and reader_state.cpp
# (state changes and JSON; the search it runs is search*.cpp, which stays -O3), and the text
# helpers of diagnostics. Parsing bundles, indexing, searching and grouping stay at -O3.
set(BR_CORE_COLD_SOURCES digest json_locate jsonfeed jsonfeed_items html_text html_entities
    marks diagnostic bundle_folder timeline query_lex query highlight archive bundle_json parse
    reader_state text_util)
list(TRANSFORM BR_CORE_COLD_SOURCES PREPEND "${CMAKE_SOURCE_DIR}/src/core/")
list(TRANSFORM BR_CORE_COLD_SOURCES APPEND ".cpp")
set_source_files_properties(${BR_CORE_COLD_SOURCES} PROPERTIES COMPILE_OPTIONS -Oz)

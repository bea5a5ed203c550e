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
  "--pre-js=${BR_WEB_GLUE}")
set_property(TARGET brief_reader_web APPEND PROPERTY LINK_DEPENDS "${BR_WEB_SHELL}" "${BR_WEB_GLUE}")

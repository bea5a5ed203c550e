# Third-party libraries compiled from Debian's source packages in BR_DEPS_DIR, at pinned versions.
# The same ImGui and simdjson sources are compiled for the native and the web build.
set(BR_IMGUI_VERSION "1.90.1")
set(BR_SIMDJSON_VERSION "3.0.1")
set(BR_SDL2_VERSION "2.26.5")

set(BR_IMGUI_DIR "${BR_DEPS_DIR}/src/imgui-${BR_IMGUI_VERSION}")
set(BR_SIMDJSON_DIR "${BR_DEPS_DIR}/src/simdjson-${BR_SIMDJSON_VERSION}")

function(br_require_version what file regex expected)
  if(NOT EXISTS "${file}")
    message(FATAL_ERROR "${what} ${expected} not found at ${file}.\n"
                        "Run ./build.sh setup to fetch the pinned Debian source packages.")
  endif()
  file(STRINGS "${file}" line REGEX "${regex}" LIMIT_COUNT 1)
  string(REGEX MATCH "[0-9]+\\.[0-9]+(\\.[0-9]+)?" found "${line}")
  if(NOT found STREQUAL expected)
    message(FATAL_ERROR "${what}: expected version ${expected}, found '${found}' in ${file}.\n"
                        "Delete ${BR_DEPS_DIR}/src and run ./build.sh setup again.")
  endif()
endfunction()

br_require_version("Dear ImGui" "${BR_IMGUI_DIR}/imgui.h" "#define IMGUI_VERSION " "${BR_IMGUI_VERSION}")
br_require_version("simdjson" "${BR_SIMDJSON_DIR}/singleheader/simdjson.h"
                   "#define SIMDJSON_VERSION " "${BR_SIMDJSON_VERSION}")

# simdjson: the amalgamated single header + source, exceptions compiled out.
add_library(br_simdjson STATIC "${BR_SIMDJSON_DIR}/singleheader/simdjson.cpp")
target_include_directories(br_simdjson SYSTEM PUBLIC "${BR_SIMDJSON_DIR}/singleheader")
target_compile_definitions(br_simdjson PUBLIC SIMDJSON_EXCEPTIONS=0)
if(EMSCRIPTEN)
  target_compile_definitions(br_simdjson PUBLIC SIMDJSON_NO_PORTABILITY_WARNING)
endif()
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang|GNU")
  # simdjson is hot code even in debug builds of the reader.
  target_compile_options(br_simdjson PRIVATE -O2)
endif()

# Dear ImGui core.
add_library(br_imgui STATIC
  "${BR_IMGUI_DIR}/imgui.cpp" "${BR_IMGUI_DIR}/imgui_draw.cpp"
  "${BR_IMGUI_DIR}/imgui_tables.cpp" "${BR_IMGUI_DIR}/imgui_widgets.cpp"
  "${BR_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp")
target_include_directories(br_imgui SYSTEM PUBLIC "${BR_IMGUI_DIR}" "${BR_IMGUI_DIR}/misc/cpp")
target_compile_definitions(br_imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS)

# SDL2: the system's libsdl2-dev natively; for the web, the copy ./build.sh compiled with emcmake.
if(EMSCRIPTEN)
  if(NOT SDL2_DIR)
    set(SDL2_DIR "${BR_DEPS_DIR}/sdl2-wasm-${BR_SDL2_VERSION}/lib/cmake/SDL2")
  endif()
  if(NOT EXISTS "${SDL2_DIR}/SDL2Config.cmake")
    message(FATAL_ERROR "SDL2 ${BR_SDL2_VERSION} for wasm not found in ${SDL2_DIR}.\n"
                        "Run ./build.sh setup (it builds SDL2 from the Debian source once).")
  endif()
  find_package(SDL2 ${BR_SDL2_VERSION} EXACT REQUIRED CONFIG PATHS "${SDL2_DIR}" NO_DEFAULT_PATH)
else()
  find_package(SDL2 REQUIRED)
endif()
if(NOT SDL2_VERSION VERSION_EQUAL BR_SDL2_VERSION)
  message(WARNING "SDL2 ${SDL2_VERSION} found, ${BR_SDL2_VERSION} expected")
endif()

# ImGui's SDL2 + OpenGL3 backends.
add_library(br_imgui_sdl2_gl3 STATIC
  "${BR_IMGUI_DIR}/backends/imgui_impl_sdl2.cpp" "${BR_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(br_imgui_sdl2_gl3 SYSTEM PUBLIC "${BR_IMGUI_DIR}/backends")
target_link_libraries(br_imgui_sdl2_gl3 PUBLIC br_imgui ${CMAKE_DL_LIBS})
if(EMSCRIPTEN)
  # WebGL2, not GLES2/WebGL1.
  target_compile_definitions(br_imgui_sdl2_gl3 PUBLIC IMGUI_IMPL_OPENGL_ES3)
  target_link_libraries(br_imgui_sdl2_gl3 PUBLIC SDL2::SDL2-static)
  # emcc always puts its old SDL1 headers first: make <SDL.h> find SDL2's.
  get_target_property(_sdl_inc SDL2::SDL2-static INTERFACE_INCLUDE_DIRECTORIES)
  target_include_directories(br_imgui_sdl2_gl3 BEFORE PUBLIC ${_sdl_inc})
else()
  target_link_libraries(br_imgui_sdl2_gl3 PUBLIC SDL2::SDL2)
endif()

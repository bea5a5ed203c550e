# Command-line tools on the core library only. brief-pack is native only; the parse benchmark
# is built natively and, in the web build, as a node program (wasm with node's file system) so
# ./build.sh bench times the same parser in both.
if(NOT BR_WEB)
  add_executable(brief-pack src/tools/brief_pack.cpp src/tools/pack_inputs.cpp
                            src/tools/pack_merge.cpp)
  target_link_libraries(brief-pack PRIVATE brief_core)
endif()

add_executable(brief-bench-parse src/tools/bench_parse.cpp)
target_link_libraries(brief-bench-parse PRIVATE brief_core)
if(BR_WEB)
  target_link_options(brief-bench-parse PRIVATE
    -sENVIRONMENT=node -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB
    -sEXIT_RUNTIME=1 -sWASM_ASYNC_COMPILATION=0)  # emscripten 3.1.6's async path fails on node 18+
endif()

foreach(tool brief-pack brief-bench-parse)
  if(TARGET ${tool} AND NOT MSVC)
    target_compile_options(${tool} PRIVATE -Wall -Wextra -Wno-unused-parameter)
  endif()
endforeach()

# The search benchmark (index build, query latency per query class), native and wasm for node.
add_executable(brief-bench-search src/tools/bench_search.cpp)
target_link_libraries(brief-bench-search PRIVATE brief_core)
if(BR_WEB)
  target_link_options(brief-bench-search PRIVATE
    -sENVIRONMENT=node -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB
    -sEXIT_RUNTIME=1 -sWASM_ASYNC_COMPILATION=0)  # emscripten 3.1.6's async path fails on node 18+
endif()
if(NOT MSVC)
  target_compile_options(brief-bench-search PRIVATE -Wall -Wextra -Wno-unused-parameter)
endif()

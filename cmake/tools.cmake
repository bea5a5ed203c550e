# Command-line tools on the core library only. brief-pack is native only; the benchmarks are
# built natively and, in the web build, as node programs (wasm with node's file system), so
# ./build.sh bench times the same code both ways.

# A tool on brief_core; in the web build a node program.
function(br_core_tool name)
  add_executable(${name} ${ARGN})
  target_link_libraries(${name} PRIVATE brief_core)
  if(NOT MSVC)
    target_compile_options(${name} PRIVATE -Wall -Wextra -Wno-unused-parameter)
  endif()
  if(BR_WEB)
    target_link_options(${name} PRIVATE
      -sENVIRONMENT=node -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB
      -sEXIT_RUNTIME=1 -sWASM_ASYNC_COMPILATION=0)  # emscripten 3.1.6's async path fails on node 18+
  endif()
endfunction()

if(NOT BR_WEB)
  br_core_tool(brief-pack src/tools/brief_pack.cpp src/tools/pack_inputs.cpp src/tools/pack_merge.cpp)
endif()
br_core_tool(brief-bench-parse src/tools/bench_parse.cpp)    # parse and load throughput, memory
br_core_tool(brief-bench-search src/tools/bench_search.cpp)  # index build, query latency per class

# br_embed_files(TARGET symbol file [symbol file ...]): a static library that holds each file's
# bytes as `extern const unsigned char symbol[]; extern const unsigned long symbol_size;`
# (NUL-terminated too, so text can be read as a C string). Used for fonts and the default bundle,
# which the page must carry inside itself to open from disk.
find_program(BR_XXD xxd REQUIRED)
set(BR_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/embed_file.cmake")

function(br_embed_files target)
  set(sources "")
  set(args ${ARGN})
  list(LENGTH args n)
  math(EXPR last "${n} - 1")
  foreach(i RANGE 0 ${last} 2)
    math(EXPR j "${i} + 1")
    list(GET args ${i} symbol)
    list(GET args ${j} file)
    set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded/${symbol}.c")
    add_custom_command(OUTPUT "${out}"
      COMMAND "${CMAKE_COMMAND}" -DIN=${file} -DOUT=${out} -DSYMBOL=${symbol} -DXXD=${BR_XXD}
              -P "${BR_EMBED_SCRIPT}"
      DEPENDS "${file}" "${BR_EMBED_SCRIPT}"
      COMMENT "Embedding ${file}" VERBATIM)
    list(APPEND sources "${out}")
  endforeach()
  add_library(${target} STATIC ${sources})
endfunction()

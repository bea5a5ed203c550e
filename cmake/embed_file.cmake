# cmake -DIN=file -DOUT=file.c -DSYMBOL=name -DXXD=/usr/bin/xxd -P embed_file.cmake
execute_process(COMMAND "${XXD}" -i INPUT_FILE "${IN}" OUTPUT_VARIABLE bytes RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "xxd failed on ${IN}")
endif()
file(SIZE "${IN}" size)
if(NOT bytes STREQUAL "")
  string(APPEND bytes ",")
endif()
file(WRITE "${OUT}.tmp"
  "/* Generated from ${IN} by cmake/embed_file.cmake. */\n"
  "const unsigned char ${SYMBOL}[] = {\n${bytes} 0x00};\n"
  "const unsigned long ${SYMBOL}_size = ${size}UL;\n")
file(RENAME "${OUT}.tmp" "${OUT}")

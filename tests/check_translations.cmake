# SPDX-License-Identifier: MIT
# Fails when a user-visible string in the sources has no finished Spanish translation: updates
# a copy of the translation file from the sources and looks for unfinished entries.
# A folder of this run's own: two runs at once never share the copy.
string(RANDOM LENGTH 12 run)
set(WORK "${WORK}/translations-${run}")
file(MAKE_DIRECTORY "${WORK}")
file(COPY_FILE "${TS}" "${WORK}/activa_es.ts")
string(REPLACE "|" ";" source_list "${SOURCES}")
# The include folders the build uses, so that lupdate finds the class behind a qualified
# NumberBox::tr() as the build's own update does, and gives it the same context.
string(REPLACE "|" ";" include_list "${INCLUDES}")
list(TRANSFORM include_list PREPEND "-I")
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none
            -tr-function-alias QT_TRANSLATE_NOOP+=ACTIVA_TR ${include_list} ${source_list}
            -ts "${WORK}/activa_es.ts"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE_RECURSE "${WORK}")
    message(FATAL_ERROR "lupdate failed: ${result}")
endif()
file(READ "${WORK}/activa_es.ts" ts)
file(REMOVE_RECURSE "${WORK}")
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} strings lack a Spanish translation:\n${missing}")
endif()
message(STATUS "every string has its Spanish translation")

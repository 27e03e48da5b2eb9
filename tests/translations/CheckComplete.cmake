# Fails when a translation file has an unfinished or untranslated message: French is the users'
# language and must be complete at every commit. Run by ctest (see tests/CMakeLists.txt).
# Arguments: -DLRELEASE=<path> -DTS_FILE=<file.ts> -DQM_FILE=<scratch output>
execute_process(
    COMMAND "${LRELEASE}" "${TS_FILE}" -qm "${QM_FILE}"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message(STATUS "${out}${err}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lrelease failed on ${TS_FILE}")
endif()
if(NOT out MATCHES "\\(([0-9]+) finished and 0 unfinished\\)")
    message(FATAL_ERROR "${TS_FILE} has unfinished translations")
endif()
if(out MATCHES "[Ii]gnored [0-9]+ untranslated")
    message(FATAL_ERROR "${TS_FILE} has untranslated messages")
endif()
file(READ "${TS_FILE}" content)
string(FIND "${content}" "type=\"unfinished\"" unfinished)
string(FIND "${content}" "type=\"vanished\"" vanished)
if(NOT unfinished EQUAL -1 OR NOT vanished EQUAL -1)
    message(FATAL_ERROR "${TS_FILE} has unfinished or vanished entries")
endif()

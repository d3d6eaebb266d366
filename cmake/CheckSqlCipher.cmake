# Refuse to configure against plain SQLite or SQLCipher 3: the pkg-config file reports SQLite's
# version, not SQLCipher's, so a small program asks the library itself (PRAGMA cipher_version).
set(DPP_MIN_SQLCIPHER "4.5")
try_run(_dpp_sqlcipher_run _dpp_sqlcipher_compile
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/sqlcipher_version.c
  LINK_LIBRARIES PkgConfig::SQLCIPHER
  COMPILE_DEFINITIONS -DSQLITE_HAS_CODEC
  COMPILE_OUTPUT_VARIABLE _dpp_sqlcipher_compile_out
  RUN_OUTPUT_VARIABLE _dpp_sqlcipher_version)
if(NOT _dpp_sqlcipher_compile)
  message(FATAL_ERROR "Could not build a program against SQLCipher (libsqlcipher-dev from "
                      "bookworm-backports; run installer/setup-debian.sh):\n${_dpp_sqlcipher_compile_out}")
endif()
string(STRIP "${_dpp_sqlcipher_version}" _dpp_sqlcipher_version)
string(REGEX MATCH "^[0-9]+\\.[0-9]+(\\.[0-9]+)?" _dpp_sqlcipher_number "${_dpp_sqlcipher_version}")
if(NOT _dpp_sqlcipher_run EQUAL 0 OR NOT _dpp_sqlcipher_number
   OR _dpp_sqlcipher_number VERSION_LESS DPP_MIN_SQLCIPHER)
  message(FATAL_ERROR "SQLCipher ${DPP_MIN_SQLCIPHER} or newer is required; the library found "
                      "reports '${_dpp_sqlcipher_version}' (empty means plain SQLite). Install "
                      "libsqlcipher-dev from bookworm-backports: run installer/setup-debian.sh.")
endif()
message(STATUS "SQLCipher ${_dpp_sqlcipher_version}")
set(DPP_SQLCIPHER_MIN_VERSION ${DPP_MIN_SQLCIPHER} CACHE INTERNAL "")

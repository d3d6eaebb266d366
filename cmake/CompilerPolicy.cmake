# The compiler policy every target links: language standard, warnings, Qt strictness, hardening.
add_library(dpp_policy INTERFACE)
add_library(Dpp::Policy ALIAS dpp_policy)
target_compile_features(dpp_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(dpp_policy INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  SQLITE_HAS_CODEC
  DPP_VERSION="${PROJECT_VERSION}")
target_compile_options(dpp_policy INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wconversion -Wsign-conversion -Wformat=2 -Wimplicit-fallthrough
  -fstack-protector-strong -fstack-clash-protection -fcf-protection
  # _FORTIFY_SOURCE needs the optimiser; in -O0 builds it only warns.
  $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>
  $<$<BOOL:${DPP_WERROR}>:-Werror>)
target_link_options(dpp_policy INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

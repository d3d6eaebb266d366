#!/usr/bin/env bash
# Sets up a Debian 12 machine (packages), builds DPP Console with warnings as errors and runs
# every test headless: Qt's offscreen platform, and a throw-away D-Bus session with gnome-keyring
# for the keychain tests (tests/support/with-keyring.sh). Each test has its own CTest timeout.
# Usage: bash installer/run-tests.sh [extra ctest arguments, e.g. -R TestVault]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${DPP_BUILD_DIR:-$root/build}

bash "$root/installer/setup-debian.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDPP_WERROR=ON
cmake --build "$build" --parallel "$(nproc)"

# No test may reach a real display, keyring or terminal of the person running this.
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen
# The set-up installed gnome-keyring: a keychain test that finds no Secret Service fails, not skips.
export DPP_REQUIRE_KEYRING=1
ctest --test-dir "$build" --output-on-failure --timeout 120 --parallel "$(nproc)" "$@" </dev/null

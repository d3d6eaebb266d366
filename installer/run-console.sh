#!/usr/bin/env bash
# Sets up a Debian 12 machine (packages), builds DPP Console and starts it.
# Usage: bash installer/run-console.sh [--database PATH]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${DPP_BUILD_DIR:-$root/build}

bash "$root/installer/setup-debian.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel "$(nproc)" --target dpp-console dppctl
exec "$build/ui/dpp-console" "$@"

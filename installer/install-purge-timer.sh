#!/usr/bin/env bash
# Installs the daily purge of due orders, and the destruction of expired backups, as a systemd user
# timer for the person running it: ~/.config/systemd/user/dpp-purge-due.{service,timer}, with the
# built dppctl and the database filled in, then enables the timer. --backup-dir DIR adds a daily
# backup into DIR (best on another disk), kept 30 days. Run once, after `dppctl scheduler enable`
# gave the scheduler its key slot.
# Usage: bash installer/install-purge-timer.sh [--database PATH] [--backup-dir DIR] [--no-enable]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${DPP_BUILD_DIR:-$root/build}
dppctl="$build/app/cli/dppctl"
database="${XDG_DATA_HOME:-$HOME/.local/share}/dpp-console/dpp-console.db"
enable=1
backups=""
while [ $# -gt 0 ]; do
  case "$1" in
    --database) database=$(realpath -m "$2"); shift 2 ;;
    --backup-dir) backups=$(realpath -m "$2"); shift 2 ;;
    --no-enable) enable=0; shift ;;
    *) echo "usage: $0 [--database PATH] [--backup-dir DIR] [--no-enable]" >&2; exit 2 ;;
  esac
done
if [ ! -x "$dppctl" ]; then
  echo "install-purge-timer: $dppctl is not built; run installer/run-tests.sh or run-console.sh first" >&2
  exit 1
fi
units="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
mkdir -p "$units"
# Paths with characters sed or systemd would read specially are refused rather than mangled.
case "$dppctl$database$backups" in
  *[\|\%\$\\\ ]*) echo "install-purge-timer: paths with spaces, %, \$, | or \\ are not supported" >&2; exit 2 ;;
esac
sed -e "s|@DPPCTL@|$dppctl|" -e "s|@DATABASE@|$database|" \
  "$root/installer/systemd/dpp-purge-due.service.in" > "$units/dpp-purge-due.service"
if [ -n "$backups" ]; then
  if [ ! -d "$backups" ]; then
    echo "install-purge-timer: the backup folder $backups does not exist" >&2; rm -f "$units/dpp-purge-due.service"; exit 2
  fi
  echo "ExecStart=$dppctl --database $database --scheduler backup create $backups" >> "$units/dpp-purge-due.service"
fi
cp "$root/installer/systemd/dpp-purge-due.timer" "$units/dpp-purge-due.timer"
echo "installed $units/dpp-purge-due.service and .timer (database $database${backups:+, backups in $backups})"
if [ "$enable" = 1 ]; then
  systemctl --user daemon-reload
  systemctl --user enable --now dpp-purge-due.timer
fi

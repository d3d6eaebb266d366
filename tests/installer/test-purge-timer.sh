#!/usr/bin/env bash
# The systemd user timer of the daily purge (issue 6, item 3): install-purge-timer.sh fills in the
# built dppctl and the database, and systemd-analyze accepts both units. Tried also: a path with
# a space (refused, nothing written), a backup folder (a daily backup added; a missing folder
# refused) and an unknown option (exit 2).
set -euo pipefail
root=$1
build=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
units="$home/.config/systemd/user"

HOME=$home DPP_BUILD_DIR=$build bash "$root/installer/install-purge-timer.sh" --database "$home/c.db" --no-enable
grep -qx "ExecStart=$build/app/cli/dppctl --database $home/c.db --scheduler purge-due" "$units/dpp-purge-due.service"
grep -qx "ExecStart=$build/app/cli/dppctl --database $home/c.db --scheduler backup expire" "$units/dpp-purge-due.service"
! grep -q "backup create" "$units/dpp-purge-due.service"
grep -qx "OnCalendar=daily" "$units/dpp-purge-due.timer"
grep -qx "Persistent=true" "$units/dpp-purge-due.timer"
(cd "$units" && systemd-analyze verify ./dpp-purge-due.service ./dpp-purge-due.timer)

# With a backup folder: a daily backup after the purge; a folder that does not exist is refused.
mkdir "$home/usb"
HOME=$home DPP_BUILD_DIR=$build bash "$root/installer/install-purge-timer.sh" --database "$home/c.db" --backup-dir "$home/usb" --no-enable
grep -qx "ExecStart=$build/app/cli/dppctl --database $home/c.db --scheduler backup create $home/usb" "$units/dpp-purge-due.service"
(cd "$units" && systemd-analyze verify ./dpp-purge-due.service ./dpp-purge-due.timer)
if HOME=$home DPP_BUILD_DIR=$build bash "$root/installer/install-purge-timer.sh" --database "$home/c.db" --backup-dir "$home/none" --no-enable 2>/dev/null; then
  echo "a missing backup folder was accepted" >&2; exit 1
fi

rm -rf "$units"
if HOME=$home DPP_BUILD_DIR=$build bash "$root/installer/install-purge-timer.sh" --database "$home/a b.db" --no-enable 2>/dev/null; then
  echo "a path with a space was accepted" >&2; exit 1
fi
[ ! -e "$units/dpp-purge-due.service" ]
set +e
HOME=$home DPP_BUILD_DIR=$build bash "$root/installer/install-purge-timer.sh" --nonsense 2>/dev/null
[ $? -eq 2 ] || { echo "an unknown option did not exit 2" >&2; exit 1; }
echo "purge timer: units installed and verified"

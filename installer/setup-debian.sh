#!/usr/bin/env bash
# Installs everything DPP Console needs to build, run and test on Debian 12 (bookworm), as root.
# Idempotent: when every package is present it changes nothing and takes a second or two.
#
# SQLCipher 4 is only in bookworm-backports (the main archive has 3.4.1, which lacks HMAC-SHA512 and
# cipher_memory_security). The backports suite is enabled from the mirror that the machine's own apt
# sources already name, so this file never names a host.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then exec sudo -- "$0" "$@"; fi
  echo "setup-debian.sh: run as root (it installs packages with apt-get)" >&2
  exit 1
fi

# Build, run and test. Kept one per line so a diff shows what changed.
packages=(
  build-essential pkg-config cmake ninja-build git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libgl-dev
  qt6-qpa-plugins
  qtkeychain-qt6-dev libsecret-1-0
  libssl-dev libsodium-dev
  libzxcvbn-dev
  libqrencode-dev
  python3 python3-nacl python3-cryptography
  xvfb xauth dbus dbus-bin gnome-keyring
  poppler-utils fonts-dejavu-core imagemagick
  zbar-tools # zbarimg: TestQrCode reads its QR codes back with a real decoder
)
backports_packages=(libsqlcipher-dev sqlcipher)
export DEBIAN_FRONTEND=noninteractive

missing=()
for p in "${packages[@]}" "${backports_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# A 3.x libsqlcipher-dev from the main archive is installed but useless: SQLCipher 4 is required.
sqlcipher_version=$(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null || true)
case "$sqlcipher_version" in
  4.*) ;;
  *) missing+=(libsqlcipher-dev) ;;
esac

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all packages present"
  exit 0
fi

# Enable bookworm-backports from the mirror already in the machine's sources, unless some source
# already carries it.
enable_backports() {
  if grep -rqsE '(^|[[:space:]])bookworm-backports([[:space:]]|$)' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    return 0
  fi
  local target=/etc/apt/sources.list.d/dpp-console-backports.sources
  # deb822 files: copy the stanza that carries the suite "bookworm", with only the suite changed.
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    if awk -v RS= '/(^|\n)Suites:[^\n]*[[:space:]]bookworm([[:space:]]|\n|$)/ { found = 1 } END { exit !found }' "$f"; then
      awk -v RS= '/(^|\n)Suites:[^\n]*[[:space:]]bookworm([[:space:]]|\n|$)/ {
          n = split($0, lines, "\n")
          for (i = 1; i <= n; i++) {
            if (lines[i] ~ /^Suites:/) printf "Suites: bookworm-backports\n"; else printf "%s\n", lines[i]
          }
          exit
        }' "$f" > "$target"
      echo "setup: enabled bookworm-backports from the mirror in $f"
      return 0
    fi
  done
  # One-line sources.list: copy the first "deb URI bookworm ..." line.
  local line
  line=$(grep -hsE '^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?[^[:space:]]+[[:space:]]+bookworm[[:space:]]' \
           /etc/apt/sources.list /etc/apt/sources.list.d/*.list | head -n 1 || true)
  if [ -n "$line" ]; then
    echo "$line" | sed -E 's/([[:space:]])bookworm([[:space:]])/\1bookworm-backports\2/' \
      > /etc/apt/sources.list.d/dpp-console-backports.list
    echo "setup: enabled bookworm-backports from the mirror in the machine's sources.list"
    return 0
  fi
  echo "setup: no apt source names the bookworm suite; cannot enable bookworm-backports for SQLCipher 4" >&2
  exit 1
}

enable_backports
apt-get update -qq
apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "${packages[@]}"
apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends -t bookworm-backports "${backports_packages[@]}"
echo "setup: done"

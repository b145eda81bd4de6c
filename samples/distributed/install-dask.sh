#!/usr/bin/env bash
# Installs Dask distributed from Debian (python3-distributed) unless a python3 can import it already, and prints the
# path of the python3 that can (Debian's packages are for /usr/bin/python3, which may not be the first on the PATH).
# Exit 0: printed; exit 3: it could not be installed here (no python3, no apt-get, not root, or the install failed).
set -u
usable() {
    for py in "${PYTHON:-}" python3 /usr/bin/python3; do
        [ -n "$py" ] && command -v "$py" >/dev/null && "$py" -c "import distributed" 2>/dev/null && { command -v "$py"; return 0; }
    done
    return 1
}
usable && exit 0
if ! command -v apt-get >/dev/null; then echo "install-dask: no apt-get: install Dask distributed (python3-distributed) yourself" >&2; exit 3; fi
if [ "$(id -u)" != 0 ]; then SUDO=sudo; command -v sudo >/dev/null || { echo "install-dask: not root and no sudo" >&2; exit 3; }; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO dpkg --configure -a >/dev/null 2>&1
$SUDO apt-get install -y -q --no-install-recommends python3-distributed >/dev/null 2>&1 \
  || { $SUDO apt-get update -q >/dev/null 2>&1 && $SUDO apt-get install -y -q --no-install-recommends python3-distributed >/dev/null 2>&1; }
usable && exit 0
echo "install-dask: apt-get could not install python3-distributed" >&2
exit 3

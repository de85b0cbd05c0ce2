#!/usr/bin/env bash
# Run before `npm test` and in CI, once per reference library the tests run with Debian's
# Python: `ensure-python.sh torch python3-torch` (the PyTorch exports are run by it,
# tests/cli/pytorch.test.ts) and `ensure-python.sh sklearn python3-sklearn` (the classic
# methods are checked against it, tests/engine/classic/sklearn.test.ts). Installs the
# Debian package when the module is missing and we are root; otherwise says how, and fails
# rather than skip the tests. Debian's own interpreter, /usr/bin/python3, is named on
# purpose: a pyenv `python3` earlier on PATH does not see Debian's dist-packages.
set -euo pipefail
module="$1"
package="$2"
python="${DESCENT_PYTHON:-/usr/bin/python3}"
has_module() { [ -x "$python" ] && "$python" -c "import $module" >/dev/null 2>&1; }
has_module && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "pretest: installing Debian's $package for the tests that run it" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  has_module && exit 0
fi
echo "pretest: $python cannot import $module. Install Debian's package as root" >&2
echo "(apt-get install $package), or point DESCENT_PYTHON at a python3 that has it." >&2
exit 1

#!/usr/bin/env bash
# Run before `npm test` and in CI: the PyTorch-export round trip (tests/cli/pytorch.test.ts)
# runs an exported script with Debian's python3-torch. Installs it when missing and we are
# root; otherwise says how, and fails rather than skip the tests. Debian's own interpreter,
# /usr/bin/python3, is named on purpose: a pyenv `python3` earlier on PATH does not see
# Debian's dist-packages.
set -euo pipefail
python="${DESCENT_PYTHON:-/usr/bin/python3}"
has_torch() { [ -x "$python" ] && "$python" -c 'import torch' >/dev/null 2>&1; }
has_torch && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "pretest: installing Debian's python3-torch for the PyTorch-export tests" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-torch >/dev/null
  has_torch && exit 0
fi
echo "pretest: $python cannot import torch. Install Debian's package as root" >&2
echo "(apt-get install python3-torch), or point DESCENT_PYTHON at a python3 that has torch." >&2
exit 1

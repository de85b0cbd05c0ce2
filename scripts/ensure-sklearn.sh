#!/usr/bin/env bash
# Run before `npm test` and in CI: the classic methods (src/engine/classic) are checked
# against Debian's python3-sklearn (tests/engine/classic/sklearn.test.ts), as the network is
# against python3-torch. Installs it when missing and we are root; otherwise says how, and
# fails rather than skip the tests. Debian's own interpreter is named, as in ensure-torch.sh.
set -euo pipefail
python="${DESCENT_PYTHON:-/usr/bin/python3}"
has_sklearn() { [ -x "$python" ] && "$python" -c 'import sklearn' >/dev/null 2>&1; }
has_sklearn && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "pretest: installing Debian's python3-sklearn for the classic methods' tests" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-sklearn >/dev/null
  has_sklearn && exit 0
fi
echo "pretest: $python cannot import sklearn. Install Debian's package as root" >&2
echo "(apt-get install python3-sklearn), or point DESCENT_PYTHON at a python3 that has it." >&2
exit 1

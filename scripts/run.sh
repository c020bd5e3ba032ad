#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds Activa and starts it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build --parallel "$(nproc)"
exec build/app/activa "$@"

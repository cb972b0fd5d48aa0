#!/usr/bin/env bash
# Installs what SkillPlan needs from Debian's packages when it is missing:
# libglpk-dev (glpk.h and libglpk, for the build) and glpk-utils (glpsol, for the
# tests and benchmarks that compare against it). With --browser, also what the
# workbench's browser test needs: Debian's chromium and chromium-driver, and
# selenium from PyPI. Uses sudo when not root.
set -euo pipefail
browser=0
[ "${1:-}" = "--browser" ] && browser=1
missing=()
[ -f /usr/include/glpk.h ] || missing+=(libglpk-dev)
command -v glpsol >/dev/null 2>&1 || missing+=(glpk-utils)
if [ "$browser" -eq 1 ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
  # A Chinese font, so that the zh pages' screenshots show characters, not boxes.
  if ! fc-list :lang=zh 2>/dev/null | grep -q .; then missing+=(fonts-wqy-zenhei); fi
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; elif [ "${#missing[@]}" -gt 0 ]; then
    echo "install-deps: ${missing[*]} missing; run as root or install sudo" >&2
    exit 1
  fi
fi
if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: ${missing[*]} missing and apt-get not found; install GLPK 5 (glpk.h, libglpk, glpsol), chromium and chromedriver by hand" >&2
    exit 1
  fi
  echo "install-deps: installing ${missing[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "$browser" -eq 1 ] && ! python3 -c "import selenium" >/dev/null 2>&1; then
  echo "install-deps: installing selenium with pip"
  python3 -m pip install -q selenium || python3 -m pip install -q --break-system-packages selenium
fi

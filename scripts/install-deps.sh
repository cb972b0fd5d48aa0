#!/usr/bin/env bash
# Installs what SkillPlan needs from Debian's packages when it is missing:
# libglpk-dev (glpk.h and libglpk, for the build) and glpk-utils (glpsol, for the
# tests and benchmarks that compare against it). Uses sudo when not root.
set -euo pipefail
missing=()
[ -f /usr/include/glpk.h ] || missing+=(libglpk-dev)
command -v glpsol >/dev/null 2>&1 || missing+=(glpk-utils)
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: ${missing[*]} missing and apt-get not found; install GLPK 5 (glpk.h, libglpk, glpsol) by hand" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "install-deps: ${missing[*]} missing; run as root or install sudo" >&2
    exit 1
  fi
fi
echo "install-deps: installing ${missing[*]} with apt-get"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null

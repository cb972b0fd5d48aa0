#!/usr/bin/env bash
# Renders an HTML export in headless Chromium (Debian's `chromium` package):
#   scripts/render-html.sh PLAN.html OUT.png     a screenshot, 1240×1754 (A4 at 150 dpi)
#   scripts/render-html.sh PLAN.html OUT.pdf     printed to PDF, as the browser prints A4
# Installs chromium and CJK fonts with apt-get when they are missing (needs root).
# Nothing is fetched from the network by the page itself: it is self-contained.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 PLAN.html OUT.png|OUT.pdf" >&2
    exit 64
fi
input=$1
output=$2
if [[ ! -f $input ]]; then
    echo "error: $input: no such file; export one with: skillplan export PLAN.json --format html -o DIR" >&2
    exit 3
fi

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then missing+=(fonts-noto-cjk); fi
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "installing ${missing[*]} with apt-get" >&2
    if [[ $(id -u) -ne 0 ]]; then
        echo "error: ${missing[*]} missing; run as root or: sudo apt-get install -y ${missing[*]}" >&2
        exit 3
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

url="file://$(cd "$(dirname "$input")" && pwd)/$(basename "$input")"
mkdir -p "$(dirname "$output")"
out="$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile"
       --no-first-run --no-default-browser-check --disable-extensions)

case $out in
    *.pdf) chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out" "$url" 2>/dev/null ;;
    *) chromium "${flags[@]}" --screenshot="$out" --window-size=1240,1754 "$url" 2>/dev/null ;;
esac
if [[ ! -s $out ]]; then
    echo "error: $out: chromium wrote nothing; run it by hand to see why: chromium --headless --no-sandbox --screenshot=$out $url" >&2
    exit 1
fi
echo "$out"

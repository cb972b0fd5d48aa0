#!/usr/bin/env bash
# make dist: skillplan with the Swift runtime linked in (--static-swift-stdlib), in a
# folder a planner can copy to any Debian or Ubuntu machine that has GLPK's and
# SQLite's libraries (libglpk40, libsqlite3-0):
#
#   dist/skillplan-VERSION-linux-ARCH/
#     skillplan          the program (finds Models/ beside itself)
#     Models/  Data/     the bundled scenarios and their tables
#     docs/  README.md   the documentation
#     INSTALL.txt        what the target machine needs and how to start
#   dist/skillplan-VERSION-linux-ARCH.tar.gz
#
# The release build goes to .build-dist so that it does not replace the dynamically
# linked one in .build/release (the benchmark compares the two). JOBS=1 builds one
# file at a time (a machine shared by several builds).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/.*version: "\([0-9][0-9.]*\)".*/\1/p' Sources/SkillPlanCLI/SkillPlanCommand.swift | head -n 1)
arch=$(uname -m)
name="skillplan-${version}-linux-${arch}"
# With -static-stdlib alone the linker reads Foundation's static archives once each, in
# the order the modules name them, and leaves symbols they take from each other unresolved
# (ICU's swift_ucasemap_close, the C shims' _stringshims_strncasecmp_clocale, …) as soon
# as the program uses enough of Foundation (the workbench's code does): link them as one
# group, searched until nothing more resolves.
static_libraries="$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")/lib/swift_static/linux"
group=()
if [ -f "$static_libraries/libFoundation.a" ]; then
  group=(-Xlinker --start-group)
  for archive in libFoundation libFoundationEssentials libFoundationInternationalization lib_FoundationICU \
    lib_FoundationCShims lib_FoundationCollections libCoreFoundation; do
    if [ -f "$static_libraries/$archive.a" ]; then group+=(-Xlinker "$static_libraries/$archive.a"); fi
  done
  group+=(-Xlinker --end-group)
fi
swift build -c release --product skillplan --static-swift-stdlib --scratch-path .build-dist ${JOBS:+-j "$JOBS"} \
  "${group[@]}"
binary=".build-dist/release/skillplan"
if ldd "$binary" | grep -q 'libswift\|libFoundation\|libdispatch'; then
  echo "make-dist: $binary still loads the Swift runtime:" >&2
  ldd "$binary" >&2
  exit 1
fi
folder="dist/$name"
rm -rf "$folder" "dist/$name.tar.gz"
mkdir -p "$folder"
cp "$binary" "$folder/skillplan"
strip "$folder/skillplan"
cp -R Models Data docs README.md "$folder/"
# The libraries the program loads beyond the C and C++ runtimes every Debian and Ubuntu
# machine has: GLPK, and SQLite (GRDB's store); their packages go into INSTALL.txt.
packages=$(for library in $(ldd "$binary" | awk '/libglpk|libsqlite3/ { print $3 }'); do
  dpkg -S "$(readlink -f "$library")" 2>/dev/null || dpkg -S "/usr${library#/usr}" 2>/dev/null || true
done | cut -d: -f1 | sort -u | tr '\n' ' ' | sed 's/ $//')
packages=${packages:-libglpk40 libsqlite3-0}
cat > "$folder/INSTALL.txt" <<TEXT
skillplan $version for Linux ($arch)

The program carries the Swift runtime and Foundation; what it needs from the machine
is GLPK and SQLite (the plan store's database), which Debian and Ubuntu ship as:

    sudo apt-get install $packages

Copy this folder anywhere and run the program from it or by its path; it finds the
bundled scenarios in Models/ beside itself:

    ./skillplan scenarios
    ./skillplan solve                      # the baseline, Models/xingning-2025.yaml
    ./skillplan solve Models/no-expansion.yaml -o plan.json
    ./skillplan export plan.json --format html -o report

README.md and docs/ describe the scenarios, the data files and every command.
TEXT
tar -C dist -czf "dist/$name.tar.gz" "$name"
echo "make-dist: $folder ($(du -sh "$folder/skillplan" | cut -f1) program) and dist/$name.tar.gz ($(du -sh "dist/$name.tar.gz" | cut -f1))"

#!/usr/bin/env bash
# make docs: the DocC documentation of the GLPK and SkillPlan modules, with the
# toolchain's own docc (no plugin): the symbol graphs of a debug build (in .build-docs,
# apart from the test build), then one archive per module in .build-docs/docs/. Any
# broken symbol link or unknown topic fails (--warnings-as-errors). The code examples are compiled and run by the tests
# (DocumentationExampleTests), not here.
set -euo pipefail
cd "$(dirname "$0")/.."
graphs=.build-docs/symbol-graphs
rm -rf "$graphs" .build-docs/docs
mkdir -p "$graphs" .build-docs/docs
for module in GLPK SkillPlan; do
  swift build --target "$module" --scratch-path .build-docs ${JOBS:+-j "$JOBS"} \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$graphs/all"
done
for module in GLPK SkillPlan; do
  mkdir -p "$graphs/$module"
  cp "$graphs/all/$module.symbols.json" "$graphs/$module/"
  cp "$graphs/all/$module"@*.symbols.json "$graphs/$module/" 2>/dev/null || true
  docc convert "Sources/$module/$module.docc" \
    --additional-symbol-graph-dir "$graphs/$module" \
    --fallback-display-name "$module" --fallback-bundle-identifier "org.xingning.skillplan.$module" \
    --output-path ".build-docs/docs/$module.doccarchive" --warnings-as-errors
done
echo "make-docs: .build-docs/docs/GLPK.doccarchive and .build-docs/docs/SkillPlan.doccarchive"

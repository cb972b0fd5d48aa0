# SkillPlan: the commands of the README, and a few more.
#   make run    solve the bundled Xingning scenario (Models/xingning-2025.yaml)
#   make serve  the planner's workbench in a browser, http://127.0.0.1:8080/
#   make test   lint (make lint), then build and run every test, the workbench's browser test among them
#   make dist   skillplan with the Swift runtime linked in, with Models/, Data/ and the
#               docs, in dist/ (a folder and a .tar.gz; the target needs only libglpk40)
#   make docs   the DocC documentation of GLPK and SkillPlan in .build-docs/docs
#   make format rewrite the sources in the house style (.swift-format)
#   make lint   fail on any source that `make format` would change
.PHONY: deps browser-deps run serve test browser-test bench dist docs format lint clean

deps:
	@bash scripts/install-deps.sh

browser-deps:
	@bash scripts/install-deps.sh --browser

run: deps
	swift build -c release --product skillplan
	.build/release/skillplan solve

serve: deps
	swift build -c release --product skillplan
	.build/release/skillplan serve

test: deps browser-deps lint
	swift build --build-tests
	swift test --skip-build
	python3 Tests/Browser/workbench_test.py .build/debug/skillplan

browser-test: browser-deps
	swift build --product skillplan
	python3 Tests/Browser/workbench_test.py .build/debug/skillplan

# HiGHS (highspy, from PyPI) is the scale benchmark's second reference solver; without
# it the benchmark skips HiGHS and says so.
bench: deps
	python3 -m pip install --quiet highspy || echo "bench: highspy could not be installed; the scale benchmark will skip HiGHS"
	swift build -c release --product skillplan-bench --product skillplan
	.build/release/skillplan-bench all

dist: deps
	bash scripts/make-dist.sh

docs: deps
	bash scripts/make-docs.sh

# The toolchain's swift-format (`swift format`), configured by .swift-format:
# 4-space indents, lines of at most 120 characters.
FORMATTED = Package.swift Sources Tests

format:
	swift format format --in-place --recursive --parallel $(FORMATTED)

lint:
	swift format lint --strict --recursive --parallel $(FORMATTED)

clean:
	swift package clean

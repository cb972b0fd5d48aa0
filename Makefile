# SkillPlan: the commands of the README, and a few more.
#   make run    solve the bundled Xingning scenario (Models/xingning-2025.yaml)
#   make serve  the planner's workbench in a browser, http://127.0.0.1:8080/
#   make test   build and run every test, the workbench's browser test among them
#   make format rewrite the sources in the house style (.swift-format)
#   make lint   fail on any source that `make format` would change
.PHONY: deps browser-deps run serve test browser-test bench format lint clean

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

test: deps browser-deps
	swift build --build-tests
	swift test --skip-build
	python3 Tests/Browser/workbench_test.py .build/debug/skillplan

browser-test: browser-deps
	swift build --product skillplan
	python3 Tests/Browser/workbench_test.py .build/debug/skillplan

bench: deps
	swift build -c release --product skillplan-bench --product skillplan
	.build/release/skillplan-bench all

# The toolchain's swift-format (`swift format`), configured by .swift-format:
# 4-space indents, lines of at most 120 characters.
FORMATTED = Package.swift Sources Tests

format:
	swift format format --in-place --recursive --parallel $(FORMATTED)

lint:
	swift format lint --strict --recursive --parallel $(FORMATTED)

clean:
	swift package clean

# SkillPlan: the two commands of the README, and a few more.
#   make run    solve the bundled Xingning scenario (Models/xingning-2025.yaml)
#   make test   build and run every test
#   make format rewrite the sources in the house style (.swift-format)
#   make lint   fail on any source that `make format` would change
.PHONY: deps run test bench format lint clean

deps:
	@bash scripts/install-deps.sh

run: deps
	swift build -c release --product skillplan
	.build/release/skillplan solve

test: deps
	swift build --build-tests
	swift test --skip-build

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

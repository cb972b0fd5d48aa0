# SkillPlan: the two commands of the README, and a few more.
#   make run    solve the bundled Xingning scenario (Models/xingning-2025.yaml)
#   make test   build and run every test
.PHONY: deps run test bench clean

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

clean:
	swift package clean

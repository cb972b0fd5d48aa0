import Foundation
import Testing

@testable import SkillPlan

/// A solve's progress as its page shows it: the best plan and bound of one phase.
@Suite struct SolveJobTests {
    @Test func aNewPhaseStartsItsOwnBestPlanAndBound() throws {
        let job = SolveJob(id: 1, request: SolveRequest(scenarioPath: "x.yaml", displayFolder: "."))
        // Phase 1, two search rules: the better plan and the higher bound are kept.
        job.report(PlanningProgress(bestObjective: 200, bound: 150, gap: 0.25, elapsed: 1, phase: .shortfall))
        job.report(PlanningProgress(bestObjective: 210, bound: 160, gap: 0.238, elapsed: 1.1, phase: .shortfall))
        var progress = try #require(job.status.progress)
        #expect(progress.phase == .shortfall)
        #expect(progress.bestObjective == 200)
        #expect(progress.bound == 160)
        #expect(progress.gap == 0.2)
        // Phase 2 (the cost): its own numbers, not phase 1's bound beside its cost (a
        // bound of 160 over a best plan of 93 read as a gap of 72%).
        job.report(PlanningProgress(bestObjective: 93, bound: 90, gap: 3.0 / 93, elapsed: 2, phase: .cost))
        progress = try #require(job.status.progress)
        #expect(progress.phase == .cost)
        #expect(progress.bestObjective == 93)
        #expect(progress.bound == 90)
        #expect(progress.gap == 3.0 / 93)
    }
}

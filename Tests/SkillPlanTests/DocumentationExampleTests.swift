import Foundation
import TestSupport
import Testing

@testable import SkillPlan

/// The code examples of the SkillPlan module's documentation (SkillPlan.docc and the
/// symbols' comments), as written there, with what they produce: an example that no
/// longer compiles or no longer gives its answer fails here.
@Suite("Documentation examples compile and give their answers")
struct DocumentationExampleTests {
    @Test("PlanExporter's example (PlanExporter.swift, SkillPlan.md): the CSV tables written to a folder")
    func exportExample() throws {
        let plan = try PlanFixtures.planA()
        let temporary = try TemporaryFolder()
        let folder = temporary.path
        let files = try PlanExporter(language: .en).export(plan, as: .csv)
        for file in files { try AtomicFile.write(file.data, to: folder + "/" + file.name) }
        #expect(!files.isEmpty)
        for file in files {
            #expect(FileManager.default.contents(atPath: folder + "/" + file.name) == file.data, "\(file.name)")
        }
    }

    @Test("PlanDiff's example (PlanDiff.swift, SkillPlan.md): the text of what changed")
    func diffExample() throws {
        let base = try PlanFixtures.planA(), freeze = try PlanFixtures.planB()
        let diff = PlanDiff.compare(base, freeze)
        let text = try PlanDiffRenderer(language: .en).render(diff, as: .text)
        #expect(text == (try PlanDiffRenderer(language: .en).render(PlanDiff.compare(base, freeze), as: .text)))
        #expect(text.contains("footwear") || text.contains("Footwear"))
        #expect(try PlanDiffRenderer(language: .en).render(PlanDiff.compare(base, base), as: .text) != text)
    }

    @Test("Terms' example (Terms.swift): the English labels it names")
    func termsExample() {
        let terms = Terms(.en)
        #expect(terms[.intake] == "Intake")
        #expect(terms.hoursPerClass(yearOfStudy: 2) == "Year 2 hours per class")
    }
}

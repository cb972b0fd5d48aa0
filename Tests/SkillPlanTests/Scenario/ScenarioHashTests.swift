import Foundation
import Testing

@testable import SkillPlan

@Suite("The scenario hash")
struct ScenarioHashTests {
    private func baseline() throws -> Scenario {
        try ScenarioLoader.load(path: ScenarioTestFolder.models.appendingPathComponent("xingning-2025.yaml").path)
            .scenario
    }

    @Test("the encoding is byte-identical across runs, year-keyed dictionaries included")
    func stable() throws {
        let first = try baseline(), second = try baseline()
        let firstJSON = ScenarioHash.canonicalJSON(of: first)
        #expect(!firstJSON.isEmpty)
        #expect(firstJSON == ScenarioHash.canonicalJSON(of: second))
        #expect(ScenarioHash.hash(of: first) == ScenarioHash.hash(of: second))
        // Dictionaries built in a different order encode the same.
        var reordered = first
        let index = try #require(reordered.targets.firstIndex { !$0.externalTraining.isEmpty })
        let pairs = reordered.targets[index].externalTraining.sorted { $0.key > $1.key }
        reordered.targets[index].externalTraining = Dictionary(uniqueKeysWithValues: pairs)
        #expect(ScenarioHash.canonicalJSON(of: reordered) == firstJSON)
        let text = String(decoding: firstJSON, as: UTF8.self)
        #expect(text.contains("\"externalTraining\":{\"2021\":8400,\"2022\":8400"))
    }

    @Test("one changed value changes the hash")
    func changes() throws {
        let scenario = try baseline()
        let original = ScenarioHash.hash(of: scenario)
        #expect(original.count == 64)
        var capacity = scenario
        capacity.schools[0].capacity += 1
        var external = scenario
        let index = try #require(external.targets.firstIndex { !$0.externalTraining.isEmpty })
        external.targets[index].externalTraining[2023] = 11_001
        var hours = scenario
        hours.curricula[5].hoursByYearOfStudy[0] += 1
        let hashes = [capacity, external, hours].map(ScenarioHash.hash(of:))
        #expect(Set(hashes + [original]).count == 4)
    }

    @Test("a scenario built in code hashes too, non-finite numbers included")
    func inCode() {
        let scenario = Scenario(
            name: "x", baseYear: 2020, lastYear: 2021, schools: [], levels: [], groups: [], programmes: [])
        var broken = scenario
        broken.solver.mipGap = .nan
        #expect(ScenarioHash.hash(of: scenario) != ScenarioHash.hash(of: broken))
    }

    @Test("a level's stay share is left out of the encoding at 1, so older scenarios keep their hash, and read back")
    func stayShareEncoding() throws {
        var level = Level(
            id: "senior", nameZh: "高级工", nameEn: "Senior", duration: 3, retention: 0.96, isHighSkill: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let whole = String(decoding: try encoder.encode(level), as: UTF8.self)
        #expect(!whole.contains("stayShare"))
        #expect(try JSONDecoder().decode(Level.self, from: Data(whole.utf8)).stayShare == 1)
        level.stayShare = 0.5
        let half = try encoder.encode(level)
        #expect(String(decoding: half, as: UTF8.self).contains("\"stayShare\":0.5"))
        #expect(try JSONDecoder().decode(Level.self, from: half) == level)
    }
}

import Foundation
import GLPK
import SkillPlan
import TestSupport
import Testing

/// Bad input of every kind, made from the bundled scenario, a plan, a model file and a plan store by a
/// seeded generator: numbers pushed to extremes, cells turned to junk, rows dropped or
/// repeated, bytes flipped, files cut short. Every case must end in a result or in clear
/// one-line errors (no trap, which would end the test process), and writing a plan that
/// was read must leave a whole file or none.
@Suite("Fuzzing the inputs (seeded)")
struct FuzzTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let seed: UInt64 = 20_261_206
    static let extremes = [
        "1e20", "-1e20", "1e300", "-1e300", "nan", "inf", "-inf", "1e-300", "-0", "0", "-1",
        "99999999999", "9223372036854775808", "1e9", "1e12", "0x10", "1_000",
    ]
    static let junk = [
        "", " ", "abc", "\"", "\"\"\"", "1,2", "\u{0}", "é", "１２", "--", "NULL", "\u{FEFF}1", "2021-2025", "*",
    ]

    /// One mutation of a text: a number to an extreme, a cell to junk, a row dropped or
    /// repeated, a byte flipped, the text cut short.
    static func mutate(_ data: Data, _ random: inout SplitMix64) -> Data {
        var bytes = [UInt8](data)
        guard !bytes.isEmpty else { return Data("x".utf8) }
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.components(separatedBy: "\n")
        switch random.nextInt(in: 0...5) {
        case 0, 1:
            // A number (or any cell, for a junk value) of a line after the header.
            guard lines.count > 2 else { return Data(text.utf8) }
            let row = random.nextInt(in: 1...(lines.count - 2))
            var cells = lines[row].components(separatedBy: ",")
            let numbers = cells.indices.filter { Double(cells[$0].trimmingCharacters(in: .whitespaces)) != nil }
            let pool = random.nextBool(probability: 0.6) && !numbers.isEmpty ? numbers : Array(cells.indices)
            let cell = pool[random.nextInt(in: 0...(pool.count - 1))]
            let values = pool == numbers ? extremes : junk
            cells[cell] = values[random.nextInt(in: 0...(values.count - 1))]
            lines[row] = cells.joined(separator: ",")
        case 2:
            lines.remove(at: random.nextInt(in: 0...(lines.count - 1)))
        case 3:
            let row = random.nextInt(in: 0...(lines.count - 1))
            lines.insert(lines[row], at: row)
        case 4:
            let at = random.nextInt(in: 0...(bytes.count - 1))
            bytes[at] ^= UInt8(1 << random.nextInt(in: 0...7))
            return Data(bytes)
        default:
            return Data(bytes.prefix(random.nextInt(in: 0...(bytes.count - 1))))
        }
        return Data(lines.joined(separator: "\n").utf8)
    }

    /// Errors as the command line prints them: one line each, saying something.
    static func isClear(_ error: Error) -> Bool {
        let lines: [String]
        switch error {
        case let error as ScenarioError: lines = error.issues.map(\.description)
        default: lines = ["\(error)"]
        }
        return !lines.isEmpty && lines.allSatisfy { !$0.isEmpty && !$0.contains("\n") }
    }

    @Test("300 mutated scenarios: each loads, or says what is wrong in one line per problem")
    func scenarios() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let models = folder.appendingPathComponent("Models"), data = folder.appendingPathComponent("Data")
        try FileManager.default.createDirectory(at: models, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Data"), to: data)
        let scenario = models.appendingPathComponent("xingning-2025.yaml")
        try FileManager.default.copyItem(
            at: Self.root.appendingPathComponent("Models/xingning-2025.yaml"), to: scenario)
        let files =
            [scenario]
            + (try FileManager.default.contentsOfDirectory(atPath: data.path)).sorted()
            .filter { $0.hasSuffix(".csv") }.map { data.appendingPathComponent($0) }
        let originals = try files.map { try Data(contentsOf: $0) }

        var random = SplitMix64(seed: Self.seed)
        var loaded = 0, refused = 0, unclear: [String] = [], english: [String] = []
        let cases = 300
        for n in 0..<cases {
            let which = random.nextInt(in: 0...(files.count - 1))
            let mutated = Self.mutate(originals[which], &random)
            try mutated.write(to: files[which])
            defer { try? originals[which].write(to: files[which]) }
            do {
                let result = try ScenarioLoader.load(path: scenario.path)
                // What loads is built into a model: no value may trap there either.
                _ = try ModelBuilder(scenario: result.scenario).build()
                loaded += 1
            } catch {
                refused += 1
                if !Self.isClear(error) { unclear.append("case \(n) (\(files[which].lastPathComponent)): \(error)") }
                // In a Chinese run each problem reads in Chinese (ids and values as given).
                if let error = error as? ScenarioError {
                    let ids = ChineseWording.ids(under: folder)
                    for issue in error.issues where !ChineseWording.englishWords(in: issue, ids: ids).isEmpty {
                        english.append("case \(n): \(issue.description(in: .zh))")
                    }
                }
            }
        }
        print(
            "fuzz: \(cases) mutated scenarios from seed \(Self.seed): \(loaded) loaded, \(refused) refused with clear errors, \(unclear.count) unclear"
        )
        #expect(loaded + refused == cases)
        #expect(refused > cases / 2)  // most mutations break something, and are caught
        #expect(unclear.isEmpty, "\(unclear.prefix(5))")
        #expect(english.isEmpty, "\(english.prefix(5))")
    }

    @Test("150 mutated plan files: each reads and exports whole, or is refused in one line")
    func plans() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try PlanFile.encode(try PlanFixtures.planA())
        var random = SplitMix64(seed: Self.seed &+ 1)
        var read = 0, refused = 0, unclear: [String] = []
        let cases = 150
        for n in 0..<cases {
            // A plan file's lines are its JSON's; a cell is a "key": value pair.
            let mutated = Self.mutate(original, &random)
            do {
                let plan = try PlanFile.decode(mutated, path: "plan.json")
                _ = PlanSummary.text(of: plan)
                for format in [ExportFormat.csv, .markdown, .html] {
                    _ = try PlanExporter(language: .zh).export(plan, as: format)
                }
                let path = folder.appendingPathComponent("out-\(n).json").path
                try PlanFile.write(plan, to: path)
                _ = try PlanFile.read(path)  // written whole: it reads back
                read += 1
            } catch {
                refused += 1
                if !Self.isClear(error) { unclear.append("case \(n): \(error)") }
            }
        }
        // Nothing half-written: only whole plan files, no temporary ones.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy {
                $0.hasPrefix("out-") && $0.hasSuffix(".json")
            })
        print(
            "fuzz: \(cases) mutated plan files from seed \(Self.seed &+ 1): \(read) read and exported, \(refused) refused with clear errors"
        )
        #expect(read + refused == cases)
        #expect(unclear.isEmpty, "\(unclear.prefix(5))")
    }

    @Test("100 mutated MPS files: each reads, or GLPK's refusal comes back as one error (never an abort)")
    func modelFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-mps-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = try ScenarioLoader.load(path: Self.root.appendingPathComponent("Models/xingning-2025.yaml").path)
        let source = folder.appendingPathComponent("model.mps").path
        try ModelBuilder(scenario: loaded.scenario).build().model.write(to: source)
        let original = try Data(contentsOf: URL(fileURLWithPath: source))
        var random = SplitMix64(seed: Self.seed &+ 2)
        var read = 0, refused = 0, unclear: [String] = []
        let cases = 100
        for n in 0..<cases {
            let path = folder.appendingPathComponent("case.mps").path
            try Self.mutate(original, &random).write(to: URL(fileURLWithPath: path))
            do {
                _ = try Model.read(contentsOf: path)
                read += 1
            } catch {
                refused += 1
                if !Self.isClear(error) { unclear.append("case \(n): \(error)") }
            }
        }
        print(
            "fuzz: \(cases) mutated MPS files from seed \(Self.seed &+ 2): \(read) read, \(refused) refused with clear errors"
        )
        #expect(read + refused == cases)
        #expect(unclear.isEmpty, "\(unclear.prefix(5))")
    }

    @Test("100 damaged plan stores (bytes flipped, cut short, a block zeroed): each reads, or is refused in one line")
    func stores() throws {
        let folder = try StoreTestFolder()
        defer { folder.remove() }
        do {
            let store = try PlanStore(path: folder.storePath())
            _ = try folder.solveAndSave(in: store, label: "baseline")
            _ = try folder.solveAndSave(in: store)
        }
        // The store is closed: its log is folded into the file.
        let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder.storePath())))
        var random = SplitMix64(seed: Self.seed &+ 3)
        var read = 0, refused = 0, unclear: [String] = []
        let cases = 100
        for n in 0..<cases {
            var bytes = original
            switch random.nextInt(in: 0...2) {
            case 0:
                for _ in 0...random.nextInt(in: 0...7) {
                    bytes[random.nextInt(in: 0...(bytes.count - 1))] ^= UInt8(1 << random.nextInt(in: 0...7))
                }
            case 1:
                bytes = Array(bytes.prefix(random.nextInt(in: 0...(bytes.count - 1))))
            default:
                let start = random.nextInt(in: 0...(bytes.count - 1))
                for at in start..<min(bytes.count, start + 1024) { bytes[at] = 0 }
            }
            let path = folder.storePath("case-\(n).sqlite")
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            // The reading commands' open, then the saving one's (which may migrate).
            for readOnly in [true, false] {
                do {
                    let store =
                        readOnly ? try PlanStore(readingFrom: path) : try PlanStore(path: path, createIfMissing: false)
                    for version in try store.versions() {
                        _ = try store.plan(of: version)
                        _ = try store.inputFiles(of: version)
                    }
                    _ = try store.check()
                    read += 1
                } catch {
                    refused += 1
                    if !Self.isClear(error) { unclear.append("case \(n)\(readOnly ? " (read-only)" : ""): \(error)") }
                }
            }
        }
        print(
            "fuzz: \(cases) damaged plan stores from seed \(Self.seed &+ 3), each opened read-only and for saving: \(read) opens read, \(refused) refused with clear errors"
        )
        #expect(read + refused == 2 * cases)
        #expect(refused > 0)
        #expect(unclear.isEmpty, "\(unclear.prefix(5))")
    }
}

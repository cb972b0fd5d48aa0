import Foundation
import GLPK
import TestSupport
import Testing

@Suite("Reading and writing MPS and CPLEX LP files")
struct ModelFileTests {
    static let formats: [(ModelFileFormat, String)] = [(.freeMPS, "mps"), (.fixedMPS, "fixedmps"), (.cplexLP, "lp")]

    @Test("The manual example (a maximisation) survives free MPS, fixed MPS and CPLEX LP")
    func manualRoundTrip() throws {
        let folder = try TemporaryFolder()
        let example = try ManualExample()
        for (format, ext) in Self.formats {
            let path = folder.file("manual.\(ext)")
            try example.model.write(to: path, format: format)
            let read = try Model.read(contentsOf: path, format: format)
            #expect(read.objectiveSense == .maximize, "\(format)")
            #expect(read.variableNames == ["x", "y", "z"], "\(format)")
            #expect(read.constraintNames == ["p", "q", "r"], "\(format)")
            let solution = try read.solve()
            #expect(isApproximatelyEqual(try #require(solution.objectiveValue), 2200.0 / 3.0), "\(format)")
        }
    }

    @Test("A maximisation written as MPS is marked in its first line (MPS has no sense GLPK reads)")
    func maximisationMarker() throws {
        let folder = try TemporaryFolder()
        let example = try ManualExample()
        let path = folder.file("manual.mps")
        try example.model.write(to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix(Model.mpsMaximizationMarker + "\n* Problem:    manual\n"))
        var minimisation = example.model
        minimisation.objectiveSense = .minimize
        try minimisation.write(to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("* Problem:    manual\n"))
        #expect(try Model.read(contentsOf: path).objectiveSense == .minimize)
    }

    @Test(
        "Generated LPs (ranges, equalities, free and negative bounds, a constant) survive every format",
        arguments: [UInt64(1), 2, 3])
    func generatedRoundTrip(seed: UInt64) throws {
        let folder = try TemporaryFolder()
        let lp = KnownOptimumLP(
            rows: 40, columns: 50, density: 0.15, seed: seed, sense: seed == 2 ? .maximize : .minimize)
        let model = try lp.makeModel()
        for (format, ext) in Self.formats {
            let path = folder.file("generated.\(ext)")
            try model.write(to: path, format: format)
            let read = try Model.read(contentsOf: path, format: format)
            #expect(read.objectiveConstant == lp.objectiveConstant, "\(format)")
            // CPLEX LP writes a ranged row as an equality with an extra column `~r_<row>`.
            let ranged = (0..<lp.rows).filter {
                lp.rowLowerBounds[$0].isFinite && lp.rowUpperBounds[$0].isFinite
                    && lp.rowLowerBounds[$0] < lp.rowUpperBounds[$0]
            }
            let extra = format == .cplexLP ? ranged.count : 0
            #expect(read.variableCount == model.variableCount + extra, "\(format)")
            #expect(read.nonzeroCount == model.nonzeroCount + extra, "\(format)")
            for j in 0..<model.variableCount {
                let name = model.variableNames[j]
                let k = try #require(read.variable(named: name)).index
                #expect(
                    read.lowerBounds[k] == model.lowerBounds[j] && read.upperBounds[k] == model.upperBounds[j],
                    "\(format) \(name)")
            }
            let solution = try read.solve()
            #expect(solution.status == .optimal, "\(format)")
            #expect(
                isApproximatelyEqual(
                    try #require(solution.objectiveValue), lp.optimalObjective, absoluteTolerance: 1e-6),
                "\(format)")
        }
    }

    @Test("Free MPS is exact: 1/7, 0.97³, 3e-10 and a constant read back as the same Doubles; GLPK's fixed MPS rounds")
    func freeMPSIsExact() throws {
        let folder = try TemporaryFolder()
        var model = Model(name: "precision")
        let x = try model.addVariable("x", upperBound: 1.0 / 3.0)
        let n = try model.addVariable("n", lowerBound: -2, kind: .integer)
        let free = try model.addVariable("free var", lowerBound: -.infinity)
        let unused = try model.addVariable("unused", lowerBound: 0.1, upperBound: 0.1)
        try model.addConstraint(1.0 / 7.0 * x + pow(0.97, 3) * n + 3e-10 * free <= 123_456_789.123_456_79, name: "cap")
        try model.addConstraint(x + n >= -1.0 / 9.0, name: "floor")
        try model.addConstraint(LinearExpression(free) - n >= 0.2, name: "range")
        try model.setBounds(of: try #require(model.constraint(named: "range")), lowerBound: 0.2, upperBound: 2.0 / 3.0)
        try model.addConstraint(LinearConstraint(x + 0.3 * free), name: "watch")
        try model.setObjective(0.1 * x + 2.0 / 3.0 * n + 1e20 * unused + 5.25, sense: .minimize)

        let path = folder.file("precision.mps")
        try model.write(to: path, format: .freeMPS)
        let read = try Model.read(contentsOf: path, format: .freeMPS)
        #expect(read.variableNames == ["x", "n", "free_var", "unused"])
        // A free row is written as an N row, which GLPK's reader drops (GLPK's writer does the same).
        #expect(read.constraintNames == ["cap", "floor", "range"])
        #expect(read.variableKinds == [.continuous, .integer, .continuous, .continuous])
        #expect(read.lowerBounds == model.lowerBounds)
        #expect(read.upperBounds == model.upperBounds)
        #expect(read.constraintLowerBounds == Array(model.constraintLowerBounds.prefix(3)))
        #expect(read.constraintUpperBounds == Array(model.constraintUpperBounds.prefix(3)))
        func entries(_ m: Model) -> [[Int: Double]] {
            (0..<m.constraintCount).map { i in
                Dictionary(
                    uniqueKeysWithValues: (m.rowStart[i]..<m.rowStart[i + 1]).map {
                        (m.entryColumns[$0], m.entryValues[$0])
                    })
            }
        }
        #expect(entries(read) == Array(entries(model).prefix(3)))
        #expect(read.objectiveCoefficients == model.objectiveCoefficients)
        #expect(read.objectiveConstant == 5.25)

        // GLPK's fixed MPS keeps 12 characters a number: 1/7 comes back as 0.1428571429.
        let fixed = folder.file("precision.fixedmps")
        try model.write(to: fixed, format: .fixedMPS)
        let rounded = try Model.read(contentsOf: fixed, format: .fixedMPS)
        #expect(entries(rounded)[0][0] == 0.1428571429)
        #expect(rounded.constraintNames == ["cap", "floor", "range"])
        #expect(entries(model)[0][0] == 1.0 / 7.0)
    }

    @Test("A MIP keeps its integer columns through every format")
    func mipRoundTrip() throws {
        let folder = try TemporaryFolder()
        let model = try MultidimensionalKnapsack(items: 12, dimensions: 2, seed: 4).makeModel()
        let optimum = try #require(try model.solve().objectiveValue)
        for (format, ext) in Self.formats {
            let path = folder.file("knapsack.\(ext)")
            try model.write(to: path, format: format)
            let read = try Model.read(contentsOf: path)
            #expect(read.variableKinds.allSatisfy { $0 != .continuous }, "\(format)")
            #expect(try read.solve().objectiveValue == optimum, "\(format)")
        }
    }

    @Test("The format is recognised: .lp is CPLEX LP; MPS free or fixed from the content; others by trying")
    func recognition() throws {
        let folder = try TemporaryFolder()
        // Fixed MPS whose names hold blanks: as free MPS the record has too many fields.
        // Fields sit in columns 2–3, 5–12, 15–22, 25–36, 40–47 and 50–61.
        func record(_ fields: String...) -> String {
            let starts = [1, 4, 14, 24, 39, 49]
            var line = ""
            for (field, start) in zip(fields, starts) {
                line += String(repeating: " ", count: max(0, start - line.count)) + field
            }
            return line
        }
        let fixed = try folder.write(
            [
                "NAME          DECK", "ROWS", record("N", "COST"), record("L", "LIM 1"),
                "COLUMNS", record("", "MY X", "COST", "1.0", "LIM 1", "1.0"),
                "RHS", record("", "RHS", "LIM 1", "4.0"),
                "BOUNDS", record("UP", "BND", "MY X", "3.0"), "ENDATA", "",
            ].joined(separator: "\n"), to: "deck.mps")
        let deck = try Model.read(contentsOf: fixed)
        #expect(deck.variableNames == ["MYX"])  // GLPK drops the blanks inside names
        #expect(deck.constraintNames == ["LIM1"])
        #expect(deck.upperBounds == [3])
        #expect(throws: GLPKError.self) { try Model.read(contentsOf: fixed, format: .freeMPS) }

        // CPLEX LP in a file with no telling extension: found by trying each format.
        let text = try folder.write(
            """
            Minimize
             cost: 2 a + 3 b
            Subject To
             need: a + b >= 4
            End

            """, to: "model.txt")
        let model = try Model.read(contentsOf: text)
        #expect(model.variableNames == ["a", "b"])
        #expect(try model.solve().objectiveValue == 8)

        #expect(ModelFileFormat.guess(fromPath: "plan.LP") == .cplexLP)
        #expect(ModelFileFormat.guess(fromPath: "plan.mps") == .freeMPS)
        #expect(ModelFileFormat.guess(fromPath: "plan.fixedmps") == .fixedMPS)
        #expect(ModelFileFormat.guess(fromPath: "plan") == .freeMPS)
    }

    @Test(
        "CPLEX LP names are transliterated: intake[footwear-forming,senior,2023] → intake(footwear_forming,senior,2023)"
    )
    func lpNames() throws {
        let folder = try TemporaryFolder()
        var model = Model(name: "intake")
        let intake = try model.addVariable("intake[footwear-forming,senior,2023]", upperBound: 40)
        let other = try model.addVariable("2nd cohort", upperBound: 10)
        try model.addConstraint(intake + other <= 45, name: "seats[footwear-forming]")
        try model.setObjective(intake + 2 * other, sense: .maximize)
        let names = model.cplexLPNames()
        #expect(names.columns == ["intake(footwear_forming,senior,2023)", "_2nd_cohort"])
        #expect(names.rows == ["seats(footwear_forming)"])

        let path = folder.file("intake.lp")
        try model.write(to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        // Terms in column order: the shim sorts the matrix after loading it, as GLPK's readers do.
        #expect(text.contains("seats(footwear_forming): + intake(footwear_forming,senior,2023)\n + _2nd_cohort <= 45"))
        #expect(text.contains(" 0 <= intake(footwear_forming,senior,2023) <= 40\n"))
        let read = try Model.read(contentsOf: path)
        let readIntake = try #require(read.variable(named: "intake(footwear_forming,senior,2023)"))
        let solution = try read.solve()
        #expect(solution.objectiveValue == 55)
        #expect(solution[readIntake] == 35)
    }

    @Test("Names that clash after transliteration get ~2, ~3 suffixes")
    func lpNameClash() throws {
        var model = Model()
        try model.addVariable("a-b")
        try model.addVariable("a_b")
        try model.addVariable("a.b")
        try model.addVariable("a b")
        #expect(model.cplexLPNames().columns == ["a_b", "a_b~2", "a.b", "a_b~3"])
    }

    @Test("Writing over an existing file replaces it")
    func overwrite() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("model.mps")
        let example = try ManualExample()
        try example.model.write(to: path)
        try example.model.write(to: path)
        var smaller = Model(name: "small")
        let a = try smaller.addVariable("a", upperBound: 2)
        try smaller.setObjective(LinearExpression(a), sense: .minimize)
        try smaller.write(to: path)
        #expect(try Model.read(contentsOf: path).variableNames == ["a"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["model.mps"])
    }

    @Test("A missing file, a folder and an unwritable path are errors with exact messages")
    func fileErrors() throws {
        let folder = try TemporaryFolder()
        let missing = folder.file("missing.mps")
        let noFile = #expect(throws: GLPKError.self) { try Model.read(contentsOf: missing) }
        #expect(noFile?.code == .fileRead)
        #expect(noFile?.description == "\(missing): no such file; check the path")

        let isFolder = #expect(throws: GLPKError.self) { try Model.read(contentsOf: folder.path) }
        #expect(isFolder?.code == .fileRead)
        #expect(isFolder?.description == "\(folder.path): this is a folder, not a model file; name an .mps or .lp file")

        let example = try ManualExample()
        let noFolder = folder.file("absent/model.mps")
        let missingFolder = #expect(throws: GLPKError.self) { try example.model.write(to: noFolder) }
        #expect(missingFolder?.code == .fileWrite)
        #expect(
            missingFolder?.description
                == "\(noFolder): the folder \(folder.path)/absent does not exist; create it first")

        // /proc refuses new files even to root: the system's reason (free MPS is written by
        // the wrapper) or GLPK's own complaint (fixed MPS, CPLEX LP), naming the file.
        let unwritable = "/proc/skillplan-model.mps"
        let refused = #expect(throws: GLPKError.self) { try example.model.write(to: unwritable) }
        #expect(refused?.code == .fileWrite)
        #expect(
            refused?.description
                == "/proc/skillplan-model.mps: could not create the file (No such file or directory); check that the folder exists and is writable"
        )
        let refusedFixed = #expect(throws: GLPKError.self) {
            try example.model.write(to: unwritable, format: .fixedMPS)
        }
        #expect(
            refusedFixed?.description
                == "/proc/skillplan-model.mps: GLPK could not write the file: Unable to create '/proc/skillplan-model.mps' - No such file or directory; check that the folder exists and is writable"
        )

        let ontoFolder = folder.file("sub")
        try FileManager.default.createDirectory(atPath: ontoFolder, withIntermediateDirectories: false)
        let folderTarget = #expect(throws: GLPKError.self) { try example.model.write(to: ontoFolder, format: .freeMPS) }
        #expect(folderTarget?.code == .fileWrite)
        #expect(
            folderTarget?.description
                == "\(ontoFolder): could not move the written file into place (Is a directory); check that the path is a writable file, not a folder"
        )
    }

    @Test("A file that is no model fails as every format, with GLPK's reasons")
    func garbage() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("this is not a model\n", to: "notes.lp")
        let error = #expect(throws: GLPKError.self) { try Model.read(contentsOf: path) }
        #expect(error?.code == .fileRead)
        #expect(
            error?.description
                == "\(path): GLPK could not read it as lp: \(path):1: 'minimize' or 'maximize' keyword missing; fix the file or name its format"
        )
    }
}

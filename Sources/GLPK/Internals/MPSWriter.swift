import Foundation

/// Writes a model as free MPS with every number at full precision.
///
/// GLPK's own writer (`glp_write_mps`) keeps a number to the 12 characters of a fixed-MPS
/// field even in free MPS (`1/7` becomes `0.1428571429`), so a model read back from its
/// file, by `glpsol` or any other solver, is not the model that was written, and its
/// search takes a different path. This writer gives each number the shortest decimal
/// that reads back as the same `Double`, so a round trip is exact. Sections and names
/// are those GLPK's reader expects: the first `N` row is the objective (its right-hand
/// side is the objective's constant, as GLPK reads it), integer columns sit between
/// `INTORG` and `INTEND` markers with explicit bounds, a ranged row is a `G` row with a
/// range. A free row is an `N` row, which GLPK's reader drops, as it does with GLPK's own writer.
struct MPSWriter {
    let model: Model

    /// Writes the file (the caller renames it into place).
    /// - Throws: ``GLPKError`` `.fileWrite` with the system's reason.
    func write(to path: String) throws {
        let bytes = bytes()
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw GLPKError(
                .fileWrite,
                "could not create the file (\(String(cString: strerror(errno)))); check that the folder exists and is writable"
            )
        }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes {
                Foundation.write(descriptor, $0.baseAddress! + written, bytes.count - written)
            }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                throw GLPKError(
                    .fileWrite, "could not write the file (\(String(cString: strerror(errno)))); check the free space")
            }
            written += n
        }
    }

    /// The file's bytes.
    func bytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * (model.nonzeroCount + model.variableCount + model.constraintCount) + 1024)
        let names = Self.blankFree(model.variableNames, fallback: "C")
        let rows = Self.blankFree(model.constraintNames, fallback: "R")
        let objective = Self.objectiveRowName(avoiding: Set(rows))
        let integerCount = model.variableKinds.filter { $0 != .continuous }.count
        let problem = model.name.isEmpty ? "Unknown" : model.name
        func line(_ text: String) {
            out.append(contentsOf: text.utf8)
            out.append(0x0A)
        }
        if model.objectiveSense == .maximize { line(Model.mpsMaximizationMarker) }
        line("* Problem:    \(problem)")
        line("* Class:      \(integerCount > 0 ? "MIP" : "LP")")
        line("* Rows:       \(model.constraintCount + 1)")
        line("* Columns:    \(model.variableCount)" + (integerCount > 0 ? " (\(integerCount) integer)" : ""))
        line("* Non-zeros:  \(model.nonzeroCount + model.objectiveCoefficients.filter { $0 != 0 }.count)")
        line("* Format:     Free MPS, numbers at full precision")
        line("*")
        line(model.name.isEmpty ? "NAME" : "NAME \(Self.blankFree([model.name], fallback: "P")[0])")
        line("ROWS")
        line(" N \(objective)")
        for i in 0..<model.constraintCount {
            line(" \(Self.rowType(model.constraintLowerBounds[i], model.constraintUpperBounds[i])) \(rows[i])")
        }

        line("COLUMNS")
        let columns = transposed()
        var inInteger = false
        var marker = 0
        for j in 0..<model.variableCount {
            let integer = model.variableKinds[j] != .continuous
            if integer != inInteger {
                marker += 1
                line(" M\(marker) 'MARKER' '\(integer ? "INTORG" : "INTEND")'")
                inInteger = integer
            }
            let cost = model.objectiveCoefficients[j]
            let entries = columns.start[j]..<columns.start[j + 1]
            // A column with no entry still needs a line, or its bounds would name an unknown column.
            if cost != 0 || entries.isEmpty { entry(&out, names[j], objective, cost) }
            for e in entries { entry(&out, names[j], rows[Int(columns.row[e])], columns.value[e]) }
        }
        if inInteger {
            marker += 1
            line(" M\(marker) 'MARKER' 'INTEND'")
        }

        line("RHS")
        // GLPK (and glpsol) read the objective row's right-hand side as the constant itself.
        if model.objectiveConstant != 0 { entry(&out, "RHS", objective, model.objectiveConstant) }
        for i in 0..<model.constraintCount {
            let lower = model.constraintLowerBounds[i], upper = model.constraintUpperBounds[i]
            let rhs = lower.isFinite ? lower : upper
            if rhs.isFinite && rhs != 0 { entry(&out, "RHS", rows[i], rhs) }
        }
        var ranges: [Int] = []
        for i in 0..<model.constraintCount {
            let lower = model.constraintLowerBounds[i], upper = model.constraintUpperBounds[i]
            if lower.isFinite && upper.isFinite && lower != upper { ranges.append(i) }
        }
        if !ranges.isEmpty {
            line("RANGES")
            for i in ranges {
                entry(&out, "RNG", rows[i], model.constraintUpperBounds[i] - model.constraintLowerBounds[i])
            }
        }

        var bounds: [(String, Int, Double?)] = []
        for j in 0..<model.variableCount {
            for (type, value) in Self.bounds(
                model.lowerBounds[j], model.upperBounds[j], integer: model.variableKinds[j] != .continuous)
            {
                bounds.append((type, j, value))
            }
        }
        if !bounds.isEmpty {
            line("BOUNDS")
            for (type, j, value) in bounds {
                if let value {
                    out.append(contentsOf: " \(type) BND ".utf8)
                    entryTail(&out, names[j], value)
                } else {
                    line(" \(type) BND \(names[j])")
                }
            }
        }
        line("ENDATA")
        return out
    }

    /// ` column row value` and a newline.
    private func entry(_ out: inout [UInt8], _ first: String, _ second: String, _ value: Double) {
        out.append(0x20)
        out.append(contentsOf: first.utf8)
        out.append(0x20)
        entryTail(&out, second, value)
    }

    /// `name value` and a newline.
    private func entryTail(_ out: inout [UInt8], _ name: String, _ value: Double) {
        out.append(contentsOf: name.utf8)
        out.append(0x20)
        Self.appendNumber(value, to: &out)
        out.append(0x0A)
    }

    /// The shortest decimal that reads back as the same `Double`; whole numbers without `.0`.
    static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        if value == value.rounded(), abs(value) < 1e15 {
            out.append(contentsOf: String(Int64(value)).utf8)
        } else {
            out.append(contentsOf: value.description.utf8)
        }
    }

    /// The row-wise entries by column: `start[j]..<start[j+1]` index `row` and `value`.
    private func transposed() -> (start: [Int], row: [Int32], value: [Double]) {
        let n = model.variableCount
        var count = [Int](repeating: 0, count: n + 1)
        for column in model.entryColumns { count[column + 1] += 1 }
        for j in 0..<n { count[j + 1] += count[j] }
        var next = count
        var rows = [Int32](repeating: 0, count: model.nonzeroCount)
        var values = [Double](repeating: 0, count: model.nonzeroCount)
        for i in 0..<model.constraintCount {
            for e in model.rowStart[i]..<model.rowStart[i + 1] {
                let j = model.entryColumns[e]
                rows[next[j]] = Int32(i)
                values[next[j]] = model.entryValues[e]
                next[j] += 1
            }
        }
        return (count, rows, values)
    }

    /// `N` (free), `L`, `G` (also a ranged row, its range in RANGES) or `E`.
    static func rowType(_ lower: Double, _ upper: Double) -> String {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): "N"
        case (false, true): "L"
        case (true, false): "G"
        case (true, true): lower == upper ? "E" : "G"
        }
    }

    /// The BOUNDS lines of a column (MPS's default is `[0, +∞)`; an integer column's
    /// bounds are always written, as readers differ on its default).
    static func bounds(_ lower: Double, _ upper: Double, integer: Bool) -> [(String, Double?)] {
        if lower == upper { return [("FX", lower)] }
        var lines: [(String, Double?)] = []
        if lower == -.infinity {
            if upper == .infinity { return [("FR", nil)] }
            lines.append(("MI", nil))
        } else if lower != 0 || integer || upper < 0 {
            lines.append(("LO", lower))
        }
        if upper.isFinite {
            lines.append(("UP", upper))
        } else if integer {
            lines.append(("PL", nil))
        }
        return lines
    }

    /// Names with blanks (which MPS cannot hold) written with `_`; when that makes two
    /// alike, every name of the kind falls back to `C1`, `C2`, … (`R1`, … for rows).
    static func blankFree(_ names: [String], fallback: String) -> [String] {
        guard names.contains(where: { $0.contains(" ") }) else { return names }
        let replaced = names.map { $0.replacingOccurrences(of: " ", with: "_") }
        if Set(replaced).count == replaced.count { return replaced }
        return names.indices.map { "\(fallback)\($0 + 1)" }
    }

    /// `obj`, or `obj_1`, `obj_2`, … when a constraint has that name.
    static func objectiveRowName(avoiding rows: Set<String>) -> String {
        var name = "obj"
        var n = 0
        while rows.contains(name) {
            n += 1
            name = "obj_\(n)"
        }
        return name
    }
}

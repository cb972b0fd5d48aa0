internal import CGLPKShim
import Foundation

/// Reading and writing model files through the guarded shim.
enum ShimFiles {
    static func formatCode(_ format: ModelFileFormat) -> Int32 {
        switch format {
        case .freeMPS: Int32(SP_FORMAT_FREE_MPS)
        case .fixedMPS: Int32(SP_FORMAT_FIXED_MPS)
        case .cplexLP: Int32(SP_FORMAT_CPLEX_LP)
        }
    }

    /// Reads `path` as `format`. Returns GLPK's complaint instead of throwing when GLPK
    /// refused the file, so the caller can try another format.
    static func read(path: String, format: ModelFileFormat) throws -> Result<Model, GLPKError> {
        var log = sp_log()
        defer { sp_log_free(&log) }
        var raw: UnsafeMutablePointer<sp_read_model>?
        var glpkCode: Int32 = 0
        let code = sp_read(path, formatCode(format), &raw, &glpkCode, &log)
        defer { sp_read_free(raw) }
        let text = log.text.map { String(cString: $0) } ?? ""
        switch code {
        case Int32(SP_OK):
            guard glpkCode == 0, let raw else {
                return .failure(
                    GLPKError(
                        .fileRead, "GLPK could not read it as \(format.rawValue): \(complaint(text, path: path))",
                        context: path))
            }
            return .success(try model(from: raw.pointee, path: path))
        case Int32(SP_BADINPUT):
            return .failure(
                GLPKError(
                    .fileRead,
                    "a coefficient or bound is not a finite number (NaN or infinity); fix the value in the file",
                    context: path))
        case Int32(SP_NOMEM):
            throw GLPKError(.outOfMemory, "the C layer ran out of memory while reading the file", context: path)
        default:
            throw GLPKError(
                .fatal,
                "GLPK raised a fatal error while reading, caught before it could abort: \(ShimSolve.lastLines(text))",
                context: path)
        }
    }

    /// GLPK's complaint about a file: its lines `file:12: reason`, else its last lines
    /// (without the "Reading problem data from …" chatter).
    static func complaint(_ text: String, path: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        let located = lines.filter { $0.hasPrefix(path + ":") }
        return located.isEmpty ? ShimSolve.lastLines(text, count: 2) : located.joined(separator: " / ")
    }

    private static func names(_ buffer: UnsafeMutablePointer<CChar>?, count: Int) -> [String] {
        guard let buffer else { return [String](repeating: "", count: count) }
        var result: [String] = []
        result.reserveCapacity(count)
        var at = buffer
        for _ in 0..<count {
            let name = String(cString: at)
            result.append(name)
            at += name.utf8.count + 1
        }
        return result
    }

    private static func model(from raw: sp_read_model, path: String) throws -> Model {
        let columns = Int(raw.columns), rows = Int(raw.rows)
        var model = Model(name: raw.name.map { String(cString: $0) } ?? "")
        model.reserveCapacity(variables: columns, constraints: rows, nonzeros: Int(raw.nonzeros))
        let columnNames = names(raw.column_names, count: columns)
        let rowNames = names(raw.row_names, count: rows)
        var objective = LinearExpression(raw.objective_constant)
        objective.reserveCapacity(columns)
        for j in 0..<columns {
            let variable = try model.addVariable(
                columnNames[j].isEmpty ? nil : columnNames[j],
                lowerBound: raw.column_lower[j], upperBound: raw.column_upper[j],
                kind: raw.column_is_integer[j] != 0 ? .integer : .continuous)
            if raw.objective[j] != 0 { objective.add(raw.objective[j], variable) }
        }
        for i in 0..<rows {
            var expression = LinearExpression()
            let range = Int(raw.row_start[i])..<Int(raw.row_start[i + 1])
            expression.reserveCapacity(range.count)
            for e in range { expression.add(raw.entry_value[e], Variable(index: Int(raw.entry_column[e]))) }
            try model.addConstraint(
                LinearConstraint(expression, lowerBound: raw.row_lower[i], upperBound: raw.row_upper[i]),
                name: rowNames[i].isEmpty ? nil : rowNames[i])
        }
        try model.setObjective(objective, sense: raw.maximize != 0 ? .maximize : .minimize)
        return model
    }

    static func write(
        _ model: Model, to path: String, format: ModelFileFormat, columnNames: [String], rowNames: [String]
    ) throws {
        guard var flat = FlatModel(model, integer: true, names: true, roundIntegerBounds: false) else {
            throw GLPKError(.fileWrite, "the model could not be prepared for writing", context: path)
        }
        if !columnNames.isEmpty { flat.columnNames = FlatModel.joined(columnNames) }
        if !rowNames.isEmpty { flat.rowNames = FlatModel.joined(rowNames) }
        var log = sp_log()
        defer { sp_log_free(&log) }
        var glpkCode: Int32 = 0
        let code = flat.withModel { sp_write($0, formatCode(format), path, &glpkCode, &log) }
        let text = log.text.map { String(cString: $0) } ?? ""
        switch code {
        case Int32(SP_OK):
            guard glpkCode == 0 else {
                throw GLPKError(
                    .fileWrite,
                    "GLPK could not write the file: \(ShimSolve.lastLines(text, count: 1)); check that the folder exists and is writable",
                    context: path)
            }
        case Int32(SP_NOMEM):
            throw GLPKError(.outOfMemory, "the C layer ran out of memory while writing the file", context: path)
        default:
            throw GLPKError(
                .fatal,
                "GLPK raised a fatal error while writing, caught before it could abort: \(ShimSolve.lastLines(text))",
                context: path)
        }
    }
}

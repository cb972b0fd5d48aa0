import Foundation

extension Model {
    /// Reads a model from an MPS or CPLEX LP file.
    ///
    /// Without a format, the extension decides: `.lp` is CPLEX LP; otherwise the file
    /// is read as free MPS and, if GLPK refuses that, as fixed MPS (and, for an unknown
    /// extension, as CPLEX LP last).
    /// - Parameters:
    ///   - path: the file.
    ///   - format: the format, or `nil` to recognise it.
    /// - Returns: the model, with the file's names.
    /// - Throws: ``GLPKError`` `.fileRead` with GLPK's message and the file name.
    public static func read(contentsOf path: String, format: ModelFileFormat? = nil) throws -> Model {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw GLPKError(.fileRead, "no such file; check the path", context: path)
        }
        guard !isDirectory.boolValue else {
            throw GLPKError(.fileRead, "this is a folder, not a model file; name an .mps or .lp file", context: path)
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw GLPKError(.fileRead, "the file cannot be read (permissions); make it readable", context: path)
        }
        let candidates: [ModelFileFormat]
        if let format {
            candidates = [format]
        } else {
            let lower = path.lowercased()
            if lower.hasSuffix(".lp") {
                candidates = [.cplexLP]
            } else if lower.hasSuffix(".mps") || lower.hasSuffix(".freemps") || lower.hasSuffix(".fixedmps") {
                candidates = [.freeMPS, .fixedMPS]
            } else {
                candidates = [.freeMPS, .fixedMPS, .cplexLP]
            }
        }
        var failures: [GLPKError] = []
        for candidate in candidates {
            switch try ShimFiles.read(path: path, format: candidate) {
            case .success(var model):
                if candidate != .cplexLP && Self.mpsHeaderMarksMaximization(path) { model.objectiveSense = .maximize }
                if candidate == .cplexLP, model.objectiveConstant == 0, let constant = Self.cplexLPConstantTerm(path) {
                    var objective = model.objective
                    objective.constant = constant
                    try model.setObjective(objective, sense: model.objectiveSense)
                }
                return model
            case .failure(let error):
                if error.message.contains("not a finite number") { throw error }
                failures.append(error)
            }
        }
        let reasons = failures.map(\.message).joined(separator: "; ")
        throw GLPKError(.fileRead, "\(reasons); fix the file or name its format", context: path)
    }

    /// Writes the model to a file, atomically: to a temporary file in the same folder,
    /// then renamed, so an interrupted write never leaves half a file.
    ///
    /// Free MPS is written with every number at full precision (the shortest decimal that
    /// reads back as the same `Double`), so reading the file gives exactly this model, and
    /// `glpsol` solves the very model this wrapper solves. Fixed MPS keeps GLPK's 12-character
    /// fields (`1/7` is `0.1428571429`) and CPLEX LP GLPK's 15 significant digits: both
    /// round. Free-MPS names with blanks are written with `_`.
    ///
    /// MPS has no objective sense that GLPK reads (GLPK 5.0 refuses an `OBJSENSE`
    /// section, and its own writer drops the sense). A maximisation written as MPS
    /// starts with the comment line ``mpsMaximizationMarker``, which ``read(contentsOf:format:)``
    /// recognises; other readers, `glpsol` among them, see a minimisation.
    ///
    /// In CPLEX LP, GLPK writes the objective's constant as a comment, which
    /// ``read(contentsOf:format:)`` reads back, and a ranged constraint as an equality
    /// with an extra bounded column named `~r_<row>`, which comes back as a column.
    ///
    /// CPLEX LP allows fewer characters in names than GLPK does; names are written
    /// with `[`→`(`, `]`→`)` and other disallowed characters as `_` (see
    /// ``cplexLPNames()``) instead of GLPK's silent renaming to `x_12`.
    /// - Parameters:
    ///   - path: the file to write.
    ///   - format: the format, or `nil` for the extension's (`.lp` is CPLEX LP, else free MPS).
    /// - Throws: ``GLPKError`` `.fileWrite`.
    public func write(to path: String, format: ModelFileFormat? = nil) throws {
        let format = format ?? ModelFileFormat.guess(fromPath: path)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw GLPKError(.fileWrite, "the folder \(folder.path) does not exist; create it first", context: path)
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        let names = format == .cplexLP ? cplexLPNames() : (columns: [], rows: [])
        do {
            if format == .freeMPS {
                // Full precision: GLPK's writer rounds numbers to 12 characters (MPSWriter).
                try MPSWriter(model: self).write(to: temporary.path)
            } else {
                try ShimFiles.write(
                    self, to: temporary.path, format: format, columnNames: names.columns, rowNames: names.rows)
                if format == .fixedMPS && objectiveSense == .maximize {
                    try Self.prependMaximizationMarker(to: temporary)
                }
            }
            // rename(2) replaces an existing file atomically. (FileManager.replaceItemAt
            // on Linux fails when the destination exists, after deleting it.)
            guard rename(temporary.path, path) == 0 else {
                let reason = String(cString: strerror(errno))
                throw GLPKError(
                    .fileWrite,
                    "could not move the written file into place (\(reason)); check that the path is a writable file, not a folder"
                )
            }
        } catch let error as GLPKError {
            try? FileManager.default.removeItem(at: temporary)
            throw GLPKError(
                error.code, error.message.replacingOccurrences(of: temporary.path, with: path), context: path)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw GLPKError(.fileWrite, "could not write the file: \(error.localizedDescription)", context: path)
        }
    }

    /// The comment line that opens an MPS file of a maximisation written by ``write(to:format:)``.
    public static let mpsMaximizationMarker = "* Objective sense: MAXIMIZE"

    private static func prependMaximizationMarker(to url: URL) throws {
        let body = try Data(contentsOf: url)
        var marked = Data((mpsMaximizationMarker + "\n").utf8)
        marked.append(body)
        try marked.write(to: url)
    }

    /// The objective's constant as GLPK's CPLEX LP writer records it: as the comment
    /// `\* constant term = 16 *\` after the objective (its reader ignores comments, so
    /// without this the constant would be lost). Only the part before `Subject To` is searched.
    private static func cplexLPConstantTerm(_ path: String) -> Double? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        let head = text.range(of: "\nSubject To").map { text[..<$0.lowerBound] } ?? text[...]
        guard let start = head.range(of: "\\* constant term = "),
            let end = head[start.upperBound...].range(of: " *\\")
        else { return nil }
        return Double(head[start.upperBound..<end.lowerBound]).flatMap { $0.isFinite ? $0 : nil }
    }

    /// Whether the comment lines that open an MPS file hold ``mpsMaximizationMarker``.
    private static func mpsHeaderMarksMaximization(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
        for line in head.split(whereSeparator: \.isNewline) {
            guard line.hasPrefix("*") else { return false }
            if line.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(mpsMaximizationMarker) == .orderedSame {
                return true
            }
        }
        return false
    }

    /// The names as they are written to a CPLEX LP file: characters CPLEX LP does not
    /// allow are replaced (`[`→`(`, `]`→`)`, anything else, such as `-`, → `_`), a name
    /// that starts with a digit or `.` gets a leading `_`, and a name that would then
    /// clash is suffixed `~2`, `~3`, ….
    public func cplexLPNames() -> (columns: [String], rows: [String]) {
        var taken = Set<String>()
        func convert(_ names: [String]) -> [String] {
            names.map { name in
                var result = String(String.UnicodeScalarView(name.unicodeScalars.map(Self.cplexScalar)))
                if let first = result.unicodeScalars.first, first == "." || ("0"..."9").contains(first) {
                    result = "_" + result
                }
                if result.utf8.count > 250 { result = String(result.utf8.prefix(250)) ?? result }
                var candidate = result
                var suffix = 2
                while !taken.insert(candidate).inserted {
                    candidate = "\(result)~\(suffix)"
                    suffix += 1
                }
                return candidate
            }
        }
        let columns = convert(variableNames)
        taken.removeAll()
        return (columns, convert(constraintNames))
    }

    private static let cplexAllowed = Set("!\"#$%&()/,.;?@_`'{}|~".unicodeScalars)

    private static func cplexScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar == "[" { return "(" }
        if scalar == "]" { return ")" }
        if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) { return scalar }
        return cplexAllowed.contains(scalar) ? scalar : "_"
    }
}

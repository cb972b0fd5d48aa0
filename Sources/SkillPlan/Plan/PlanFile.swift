import Foundation

/// Plans as JSON files: sorted keys, two-space indentation, a final newline.
public enum PlanFile {
    /// The JSON encoding of a plan (identical bytes for identical plans).
    public static func encode(_ plan: Plan) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        var data = try encoder.encode(plan)
        data.append(0x0A)
        return data
    }

    /// Writes a plan atomically.
    /// - Throws: ``FileError``.
    public static func write(_ plan: Plan, to path: String) throws {
        try AtomicFile.write(try encode(plan), to: path)
    }

    /// Decodes a plan from JSON.
    /// - Throws: ``FileError`` naming the file and the field that is wrong.
    public static func decode(_ data: Data, path: String = "plan") throws -> Plan {
        do {
            let probe = try JSONDecoder().decode(SchemaProbe.self, from: data)
            guard probe.schemaVersion == Plan.currentSchemaVersion else {
                throw FileError(
                    path: path,
                    message:
                        "plan schema version \(probe.schemaVersion) is not \(Plan.currentSchemaVersion); solve the scenario again with this version of skillplan"
                )
            }
            let decoder = JSONDecoder()
            decoder.nonConformingFloatDecodingStrategy = .convertFromString(
                positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
            return try decoder.decode(Plan.self, from: data)
        } catch let error as FileError {
            throw error
        } catch let DecodingError.keyNotFound(key, context) {
            throw FileError(
                path: path,
                message:
                    "not a SkillPlan plan: field '\(fieldPath(context.codingPath + [key]))' is missing; give a file written by `skillplan solve -o`"
            )
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw FileError(
                path: path,
                message:
                    "not a SkillPlan plan: field '\(fieldPath(context.codingPath))' has the wrong type; give a file written by `skillplan solve -o`"
            )
        } catch let DecodingError.dataCorrupted(context) {
            let field = context.codingPath.isEmpty ? "" : " at '\(fieldPath(context.codingPath))'"
            throw FileError(path: path, message: "not valid JSON\(field); give a file written by `skillplan solve -o`")
        } catch {
            throw FileError(path: path, message: "cannot read the plan (\(error.localizedDescription))")
        }
    }

    /// Reads a plan file.
    /// - Throws: ``FileError``.
    public static func read(_ path: String) throws -> Plan {
        switch ScenarioReader.pathProblem(path) {
        case .missing?:
            throw FileError(
                path: path,
                message: "no such file; check the path (plans are written by `skillplan solve -o PLAN.json`)")
        case .folder?:
            throw FileError(
                path: path,
                message:
                    "is a folder, not a plan file; give the plan's .json file inside it (written by `skillplan solve -o PLAN.json`)"
            )
        case .notAFile(let what)?:
            throw FileError(
                path: path,
                message: "is \(what), not a plan file; give a .json file written by `skillplan solve -o PLAN.json`")
        case .unreachable(let reason)?:
            throw FileError(
                path: path,
                message: "cannot be read (\(reason)); check the file's permissions and the folders on its path")
        case nil:
            break
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError(path: path, message: "cannot read the file; check its permissions")
        }
        return try decode(data, path: path)
    }

    private struct SchemaProbe: Decodable {
        var schemaVersion: Int
    }

    private static func fieldPath(_ path: [CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".").replacingOccurrences(
            of: ".[", with: "[")
    }
}

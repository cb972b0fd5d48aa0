import Foundation

/// A JSON value built by the exports and the diff, encoded with sorted keys so that the
/// same value always gives the same bytes.
enum JSONValue: Encodable, Sendable, Hashable {
    /// A string.
    case string(String)
    /// A whole number.
    case integer(Int)
    /// A number (rounded to six decimals when encoded).
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// An array.
    case array([JSONValue])
    /// An object.
    case object([String: JSONValue])

    /// A number as JSON: whole numbers as integers, others rounded to six decimals.
    static func numeric(_ value: Double) -> JSONValue {
        let r = NumberText.rounded(value)
        if r.isFinite, r == r.rounded(), abs(r) < 9_007_199_254_740_992 { return .integer(Int(r)) }
        return .number(r)
    }

    /// An optional string, `null` when absent.
    static func optional(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// An optional number, `null` when absent.
    static func optional(_ value: Double?) -> JSONValue {
        value.map(JSONValue.numeric) ?? .null
    }

    /// Encodes the value.
    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let s): try container.encode(s)
        case .integer(let i): try container.encode(i)
        case .number(let d): try container.encode(d)
        case .bool(let b): try container.encode(b)
        case .null: try container.encodeNil()
        case .array(let a): try container.encode(a)
        case .object(let o): try container.encode(o)
        }
    }

    /// The value as UTF-8 JSON: sorted keys, two-space indentation, a final newline.
    ///
    /// - Throws: `EncodingError` (not expected: every value is encodable).
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}

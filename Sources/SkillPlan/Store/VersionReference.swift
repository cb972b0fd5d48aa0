import Foundation

/// How a command names a version: by id (`3`, `v3`, `V3`) or by label.
///
/// Labels never look like ids (``validateLabel(_:)`` refuses them), so a reference
/// has one reading.
enum VersionReference: Hashable, Sendable {
    /// A version id.
    case id(Int64)
    /// A label.
    case label(String)

    /// Reads a reference as written on the command line.
    init(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let id = Self.id(in: trimmed) {
            self = .id(id)
        } else {
            self = .label(trimmed)
        }
    }

    /// The id written as `3` or `v3`, or `nil` when `text` is not one.
    static func id(in text: String) -> Int64? {
        var digits = Substring(text)
        if digits.first == "v" || digits.first == "V" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int64(digits)
    }

    /// The longest label, in characters.
    static let maximumLabelLength = 64

    /// Checks that `label` can name a version.
    ///
    /// - Parameter label: the label asked for.
    /// - Throws: ``PlanStoreError/invalidLabel(label:reason:)`` for an empty label, one
    ///   with spaces around it or control characters, one longer than 64 characters,
    ///   or one that reads as a version id (`12`, `v12`).
    static func validateLabel(_ label: String) throws {
        if label.isEmpty {
            throw PlanStoreError.invalidLabel(label: label, reason: "it is empty; give a word such as baseline")
        }
        if label.trimmingCharacters(in: .whitespacesAndNewlines) != label {
            throw PlanStoreError.invalidLabel(label: label, reason: "it starts or ends with a space; remove the spaces")
        }
        if label.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw PlanStoreError.invalidLabel(
                label: label, reason: "it holds a control character (a tab or line break); use a single line")
        }
        if label.count > maximumLabelLength {
            throw PlanStoreError.invalidLabel(
                label: label,
                reason:
                    "it is longer than \(maximumLabelLength) characters; use a shorter one and put the rest in --note")
        }
        if id(in: label) != nil {
            throw PlanStoreError.invalidLabel(
                label: label, reason: "it reads as a version id; use a label with a letter in it, e.g. run-\(label)")
        }
    }
}

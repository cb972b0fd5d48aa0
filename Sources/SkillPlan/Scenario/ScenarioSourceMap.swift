/// Where each part of a loaded scenario came from, so that a problem found in the
/// values can name the file and line to edit.
///
/// Entries are filed by kind and key (an id, or a row key such as programme, level and
/// year). A key may have several locations, one per occurrence, so that the second of
/// two rows with the same id can be told apart from the first. A value set by an
/// `overrides:` entry of the scenario file is filed per field, and points at the YAML
/// line.
public struct ScenarioSourceMap: Sendable, Hashable {
    private var entries: [ScenarioEntityKind: [String: [SourceLocation]]] = [:]
    private var overrides: [ScenarioEntityKind: [String: [String: SourceLocation]]] = [:]

    /// Creates an empty map.
    public init() {}

    /// The key of a row made of several parts (e.g. programme, level and year).
    ///
    /// - Parameter parts: the parts, in the order of the table's columns.
    /// - Returns: the parts joined by `/`.
    public static func key(_ parts: [String]) -> String {
        parts.joined(separator: "/")
    }

    /// Files one more occurrence of `key`.
    ///
    /// - Parameters:
    ///   - kind: what the entry is.
    ///   - key: its id or row key.
    ///   - location: where it was read.
    public mutating func record(_ kind: ScenarioEntityKind, _ key: String, at location: SourceLocation) {
        entries[kind, default: [:]][key, default: []].append(location)
    }

    /// Files the place where an override set one field of `key`.
    ///
    /// - Parameters:
    ///   - kind: what the entry is.
    ///   - key: its id.
    ///   - field: the column the override sets.
    ///   - location: the YAML line of the override.
    public mutating func recordOverride(
        _ kind: ScenarioEntityKind, _ key: String, field: String, at location: SourceLocation
    ) {
        overrides[kind, default: [:]][key, default: [:]][field] = location
    }

    /// Every place `key` was read, in order.
    ///
    /// - Parameters:
    ///   - kind: what the entry is.
    ///   - key: its id or row key.
    /// - Returns: the locations, first occurrence first; empty when unknown.
    public func locations(of kind: ScenarioEntityKind, _ key: String) -> [SourceLocation] {
        entries[kind]?[key] ?? []
    }

    /// Where to look for `key`, or for its `field` when an override set it.
    ///
    /// - Parameters:
    ///   - kind: what the entry is.
    ///   - key: its id or row key.
    ///   - occurrence: which occurrence of the key (0 for the first).
    ///   - field: the column at fault, if any.
    /// - Returns: the location, or `nil` when the map does not know it.
    public func location(of kind: ScenarioEntityKind, _ key: String, occurrence: Int = 0, field: String? = nil)
        -> SourceLocation?
    {
        if let field, let overridden = overrides[kind]?[key]?[field] { return overridden }
        let all = locations(of: kind, key)
        guard !all.isEmpty else { return nil }
        return all[min(max(occurrence, 0), all.count - 1)]
    }
}

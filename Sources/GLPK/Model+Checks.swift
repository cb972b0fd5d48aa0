/// The checks every element passes before it enters a model, so that nothing GLPK
/// would abort on (a bad name, NaN bounds, an element of another model) reaches it.
extension Model {
    func check(_ variable: Variable) throws {
        guard variable.index >= 0, variable.index < variableCount else {
            throw GLPKError(
                .unknownElement,
                "variable #\(variable.index) does not belong to this model (it has \(variableCount)); use variables made by this model"
            )
        }
    }

    func check(_ constraint: Constraint) throws {
        guard constraint.index >= 0, constraint.index < constraintCount else {
            throw GLPKError(
                .unknownElement,
                "constraint #\(constraint.index) does not belong to this model (it has \(constraintCount)); use constraints made by this model"
            )
        }
    }

    static func validate(name: String, of kind: String) throws {
        let bytes = name.utf8.count
        guard bytes > 0 else {
            throw GLPKError(.invalidName, "a \(kind) name is empty; give it a name of 1 to 255 bytes")
        }
        guard bytes <= 255 else {
            throw GLPKError(
                .invalidName, "the \(kind) name is \(bytes) bytes long; GLPK allows at most 255",
                context: String(name.prefix(40)) + "…")
        }
        // In UTF-8 every byte of a multi-byte character is ≥ 0x80: the bytes tell. A native
        // string is scanned in place (the generic view is several times slower).
        func isControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }
        let hasControl =
            name.utf8.withContiguousStorageIfAvailable { $0.contains(where: isControl) }
            ?? name.utf8.contains(where: isControl)
        guard !hasControl else {
            throw GLPKError(
                .invalidName, "the \(kind) name has a control character; use printable characters only",
                context: name.debugDescription)
        }
    }

    static func validate(lower: Double, upper: Double, of kind: String, named name: String) throws {
        guard !lower.isNaN, !upper.isNaN else {
            throw GLPKError(.invalidBounds, "a bound is NaN; use a number, or ±infinity for no bound", context: name)
        }
        guard lower != .infinity, upper != -.infinity else {
            throw GLPKError(
                .invalidBounds,
                "the lower bound is \(lower) and the upper bound \(upper); a lower bound cannot be +infinity nor an upper bound -infinity",
                context: name)
        }
        guard lower <= upper else {
            throw GLPKError(
                .invalidBounds,
                "the lower bound \(lower) is above the upper bound \(upper); swap them or widen the range",
                context: name)
        }
    }
}

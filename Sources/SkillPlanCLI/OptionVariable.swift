import Foundation

/// An environment variable that stands in for an option a command was not given
/// (`SKILLPLAN_LANG` for `--lang`, `SKILLPLAN_STORE` for `--store`): the one reading of
/// every such variable.
struct OptionVariable: Sendable {
    /// The variable's name.
    let name: String

    /// A variable by its name.
    init(_ name: String) {
        self.name = name
    }

    /// Its value; `nil` when it is unset or empty.
    var value: String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }

    /// The option's value: the one given, else the variable's when `parse` accepts it,
    /// else `otherwise`.
    ///
    /// - Parameters:
    ///   - given: the option's value on the command line, if any.
    ///   - parse: reads the variable's value (`nil`: not a value of the option).
    ///   - otherwise: the default.
    /// - Returns: the value.
    func resolve<Value>(_ given: Value?, parse: (String) -> Value?, otherwise: Value) -> Value {
        given ?? value.flatMap(parse) ?? otherwise
    }
}

/// A name the workbench may use as a file or folder name: 1 to 64 of `a`–`z`, `0`–`9`,
/// `-` and `_`, starting with a letter or digit. Anything else (a `/`, `..`, a space,
/// upper case) is refused, never silently changed, so an upload or a form can never
/// name a file outside the folder it is written into.
public struct SafeName: Sendable, Hashable, CustomStringConvertible {
    /// The name.
    public let text: String

    /// The name, if `text` is one.
    ///
    /// - Parameter text: the proposed name.
    /// - Throws: ``ScenarioIssue`` saying what is wrong and the fix.
    public init(_ text: String) throws {
        let allowed = text.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
        }
        guard !text.isEmpty, text.count <= 64, allowed, let first = text.unicodeScalars.first, first != "-",
            first != "_"
        else {
            throw ScenarioIssue(
                file: "name", field: "name",
                message:
                    "is \"\(text)\": a name is 1 to 64 lower-case letters, digits, - and _, starting with a letter or digit",
                fix: "use a name such as xingning-more-seats",
                zh: (
                    "为“\(text)”：名称须为 1 到 64 个小写字母、数字、- 和 _，以字母或数字开头",
                    "使用 xingning-more-seats 这样的名称"
                ))
        }
        self.text = text
    }

    /// A safe name made from any text: lower-cased, other characters turned into `-`,
    /// cut to 64 (for suggesting a name; `fallback` when nothing is left).
    public static func suggested(from text: String, fallback: String = "scenario") -> SafeName {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            let keep = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
            if keep { out.unicodeScalars.append(scalar) } else if !out.hasSuffix("-") { out += "-" }
        }
        while out.hasPrefix("-") || out.hasPrefix("_") { out.removeFirst() }
        while out.hasSuffix("-") { out.removeLast() }
        out = String(out.prefix(64))
        return (try? SafeName(out)) ?? (try? SafeName(fallback)) ?? SafeName(unchecked: "scenario")
    }

    private init(unchecked text: String) {
        self.text = text
    }

    /// The name.
    public var description: String { text }
}

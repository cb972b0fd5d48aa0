import Foundation

extension String {
    /// The text without the white space at either end: exactly
    /// `trimmingCharacters(in: .whitespaces)`.
    ///
    /// Foundation's trimming goes through `NSString` and UTF-16 for every call, and a
    /// province-sized scenario's tables hold about a million cells, nearly all without
    /// white space at either end: such a text is returned as it is, and only the others
    /// are trimmed by Foundation (so the result is Foundation's, to the character).
    ///
    /// - Returns: the trimmed text.
    func trimmedWhitespace() -> String {
        endsNeedNoTrimming ? self : trimmingCharacters(in: .whitespaces)
    }

    /// The text without white space or line breaks at either end: exactly
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, as fast as ``trimmedWhitespace()``.
    ///
    /// - Returns: the trimmed text.
    func trimmedWhitespaceAndNewlines() -> String {
        endsNeedNoTrimming ? self : trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether both ends are ASCII characters outside `.whitespacesAndNewlines` (the
    /// larger of the two sets; its ASCII members are tab, line feed, vertical tab, form
    /// feed, carriage return and space), so that neither set trims anything, or the text
    /// is empty. A text with a non-ASCII end is left to Foundation.
    private var endsNeedNoTrimming: Bool {
        guard let first = utf8.first, let last = utf8.last else { return true }
        func plain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte) }
        return plain(first) && plain(last)
    }
}

extension Substring {
    /// ``Swift/String/trimmedWhitespace()`` of a part of a text.
    ///
    /// - Returns: the trimmed text.
    func trimmedWhitespace() -> String {
        String(self).trimmedWhitespace()
    }
}

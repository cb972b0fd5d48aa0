/// One value of a table row as read (trimmed of surrounding spaces), and where it was
/// read: its CSV row, or the YAML line of an override or an `extra_targets` entry.
struct TableCell: Sendable, Hashable {
    /// The text.
    var text: String
    /// Where it was read.
    var location: SourceLocation
}

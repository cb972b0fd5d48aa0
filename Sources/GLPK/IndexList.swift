/// A list of variable indices or entry positions, read as `Int`s.
///
/// GLPK numbers rows, columns and matrix entries with C `int`s, so a model keeps them
/// as 32-bit integers (half the memory of `Int` on a model of millions of entries) and
/// hands them to GLPK without a copy; this view shows them as `Int`, the type of
/// ``Variable/index`` and of every other position in this module.
public struct IndexList: RandomAccessCollection, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The indices as GLPK takes them.
    var storage: [Int32]

    init(_ storage: [Int32] = []) {
        self.storage = storage
    }

    /// The position of the first index, 0.
    public var startIndex: Int { 0 }
    /// One past the position of the last index.
    public var endIndex: Int { storage.count }
    /// The index at `position`.
    public subscript(position: Int) -> Int { Int(storage[position]) }
    /// The positions, `0 ..< count`.
    public var indices: Range<Int> { 0..<storage.count }

    /// `[0, 3, 5]`, as an array of `Int` prints.
    public var description: String { map { $0 }.description }
}

/// Lends several arrays to C at once: `body` gets each one's base address (`nil` for a
/// `nil` array), valid only for the length of the call. One call instead of a
/// `withUnsafeBufferPointer` closure nested per array.
///
/// - Parameters:
///   - arrays: the arrays, in the order their addresses are wanted.
///   - body: takes the addresses in that order.
/// - Returns: what `body` returned.
func withBaseAddresses<Element, R>(of arrays: [[Element]?], _ body: ([UnsafePointer<Element>?]) throws -> R) rethrows
    -> R
{
    var addresses: [UnsafePointer<Element>?] = []
    addresses.reserveCapacity(arrays.count)
    return try lend(arrays[...], adding: &addresses, body)
}

/// Lends the first array and recurses on the rest, so that every buffer is still lent
/// when `body` runs.
private func lend<Element, R>(
    _ arrays: ArraySlice<[Element]?>, adding addresses: inout [UnsafePointer<Element>?],
    _ body: ([UnsafePointer<Element>?]) throws -> R
) rethrows -> R {
    guard let first = arrays.first else { return try body(addresses) }
    guard let array = first else {
        addresses.append(nil)
        return try lend(arrays.dropFirst(), adding: &addresses, body)
    }
    return try array.withUnsafeBufferPointer { buffer in
        addresses.append(buffer.baseAddress)
        return try lend(arrays.dropFirst(), adding: &addresses, body)
    }
}

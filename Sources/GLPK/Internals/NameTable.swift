import Foundation

/// The positions of a model's unique names, for look-ups and duplicate checks by name.
///
/// An open-addressing table of positions into the model's own name array, so each name
/// is stored once. A slot packs a 32-bit tag of the name's hash with the position + 1
/// (0 is an empty slot); the tag both places the entry and filters probes, and a growing
/// table re-places its entries from the tags without hashing a name again.
///
/// Names compare byte for byte, as GLPK compares them (`glp_find_col`): two spellings of
/// "é" that Swift's `String ==` calls equal are two names here, as they are in an MPS
/// file. The hash is seeded per table, so names crafted to collide cannot be prepared in
/// advance.
///
/// At a province-size model (760,000 names) this table costs 8 bytes a slot, at most
/// half full, where `[String: Int]` kept a second 16-byte reference to every name beside
/// its position and hashed each name with SipHash. What remains of a name's cost is
/// mostly the one cache miss of its slot (`docs/benchmarks.md`, the planning model's build).
struct NameTable: Sendable {
    private var slots: [UInt64] = []
    private var count = 0
    private let seed: UInt64

    /// An empty table.
    init() {
        seed = UInt64.random(in: .min ... .max)
    }

    /// Room for `capacity` names without growing.
    mutating func reserveCapacity(_ capacity: Int) {
        let needed = Self.slotCount(for: capacity)
        if needed > slots.count { rehash(to: needed) }
    }

    /// Records `name` at `position`, unless the table already has this name: then it
    /// changes nothing and returns the earlier position.
    /// - Parameter names: the model's names by position, holding every recorded name.
    mutating func insert(_ name: String, at position: Int, names: [String]) -> Int? {
        insert(name, tag: tag(of: name), at: position, names: names)
    }

    /// ``insert(_:at:names:)`` with the name's ``tag(of:)`` already computed.
    mutating func insert(_ name: String, tag: UInt32, at position: Int, names: [String]) -> Int? {
        if (count + 1) * 2 > slots.count { rehash(to: Self.slotCount(for: count + 1)) }
        let probe = find(name, tag: tag, names: names)
        if let other = probe.position { return other }
        slots[probe.slot] = UInt64(tag) << 32 | UInt64(position + 1)
        count += 1
        return nil
    }

    /// The position of `name`, if recorded.
    /// - Parameter names: the model's names by position.
    func position(of name: String, names: [String]) -> Int? {
        position(of: name, tag: tag(of: name), names: names)
    }

    /// ``position(of:names:)`` with the name's ``tag(of:)`` already computed.
    func position(of name: String, tag: UInt32, names: [String]) -> Int? {
        count > 0 ? find(name, tag: tag, names: names).position : nil
    }

    /// Probes from the tag's slot: the position of the name when recorded, else the
    /// empty slot where it belongs. The table has an empty slot (it is at most half full).
    private func find(_ name: String, tag: UInt32, names: [String]) -> (slot: Int, position: Int?) {
        let mask = slots.count - 1
        var slot = Int(tag) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if UInt32(truncatingIfNeeded: entry >> 32) == tag {
                let other = Int(UInt32(truncatingIfNeeded: entry)) - 1
                if Self.sameBytes(names[other], name) { return (slot, other) }
            }
            slot = (slot + 1) & mask
        }
        return (slot, nil)
    }

    // MARK: Internals

    /// A power of two at least twice `capacity` (at most half full), and at least 16.
    private static func slotCount(for capacity: Int) -> Int {
        var slots = 16
        while slots < capacity * 2 { slots <<= 1 }
        return slots
    }

    private mutating func rehash(to slotCount: Int) {
        var grown = [UInt64](repeating: 0, count: slotCount)
        let mask = slotCount - 1
        for entry in slots where entry != 0 {
            var slot = Int(UInt32(truncatingIfNeeded: entry >> 32)) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = entry
        }
        slots = grown
    }

    /// The 32-bit hash that places and filters a name in this table: its UTF-8 bytes
    /// eight at a time, multiplied and folded, then mixed by MurmurHash3's finaliser
    /// (`fmix64`), from the table's seed.
    func tag(of name: String) -> UInt32 {
        var text = name
        let h = text.withUTF8 { bytes -> UInt64 in
            var h = seed ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
            let raw = UnsafeRawBufferPointer(bytes)
            var offset = 0
            while offset + 8 <= raw.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
                offset += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while offset < raw.count {
                tail |= UInt64(raw[offset]) << shift
                shift += 8
                offset += 1
            }
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
            h ^= h >> 33
            h = h &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 33
            h = h &* 0xC4CE_B9FE_1A85_EC53
            h ^= h >> 33
            return h
        }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
    }
}

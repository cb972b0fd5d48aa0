import Foundation

/// The files of a ZIP archive: the workbench's CSV download (entries stored, as
/// ``ZipArchive`` writes them) or the same files zipped again after editing (Windows'
/// "Send to compressed folder", WPS, `zip`: entries deflated). Each file's CRC-32 is
/// checked; encrypted entries, ZIP64 and methods other than stored and deflated are
/// refused with a ``ZipReadError`` saying so.
///
/// ```swift
/// let files = try ZipReader.files(in: uploaded)   // [ExportFile], folders left out
/// ```
public enum ZipReader {
    /// At most this many entries (the CSV export has 9).
    public static let maxEntries = 200
    /// At most this many bytes unpacked, all entries together (a "zip bomb" stops here).
    public static let maxUnpackedBytes = 64 << 20

    /// The files of an archive, in the archive's order; folder entries are left out.
    /// Names are as the archive has them (a folder prefix kept, e.g. `plan/seats.csv`).
    ///
    /// - Throws: ``ZipReadError`` when the bytes are not a ZIP archive, an entry is
    ///   damaged, encrypted or packed by a method other than stored or deflated, or the
    ///   archive unpacks to more than ``maxUnpackedBytes``.
    public static func files(in data: Data) throws -> [ExportFile] {
        let bytes = [UInt8](data)
        func u16(_ at: Int) throws -> Int {
            guard at >= 0, at + 2 <= bytes.count else { throw ZipReadError.damaged("the archive ends early") }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8
        }
        func u32(_ at: Int) throws -> Int {
            let low = try u16(at), high = try u16(at + 2)
            return low | high << 16
        }
        // The end-of-central-directory record: 22 bytes and a comment of at most 64 KiB.
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while end >= lowest, (try? u32(end)) != 0x0605_4b50 { end -= 1 }
        guard end >= lowest, bytes.count >= 22 else { throw ZipReadError.notZip }
        let count = try u16(end + 10), directorySize = try u32(end + 12), directory = try u32(end + 16)
        guard count != 0xFFFF, directory != 0xFFFF_FFFF else { throw ZipReadError.unsupported("ZIP64 archives") }
        guard count <= maxEntries else { throw ZipReadError.tooLarge("\(count) entries (at most \(maxEntries))") }
        guard directory + directorySize <= bytes.count else {
            throw ZipReadError.damaged("the central directory lies outside the file")
        }
        var files: [ExportFile] = []
        var unpacked = 0
        var at = directory
        for _ in 0..<count {
            guard try u32(at) == 0x0201_4b50 else { throw ZipReadError.damaged("a central directory entry is missing") }
            let flags = try u16(at + 8), method = try u16(at + 10), crc = try u32(at + 16)
            let packedSize = try u32(at + 20), size = try u32(at + 24)
            let nameLength = try u16(at + 28), extraLength = try u16(at + 30), commentLength = try u16(at + 32)
            let local = try u32(at + 42)
            guard at + 46 + nameLength <= bytes.count else {
                throw ZipReadError.damaged("an entry's name lies outside the file")
            }
            let nameBytes = Array(bytes[(at + 46)..<(at + 46 + nameLength)])
            // UTF-8 (flag 11) or not: names other than ASCII are read as UTF-8 when they
            // are, else byte for byte (the files the workbench needs have ASCII names).
            let name =
                String(validating: nameBytes, as: UTF8.self) ?? String(nameBytes.map { Character(Unicode.Scalar($0)) })
            at += 46 + nameLength + extraLength + commentLength
            if name.hasSuffix("/") { continue }
            guard flags & 1 == 0 else { throw ZipReadError.unsupported("encrypted entries (\(name))") }
            guard size <= maxUnpackedBytes - unpacked else {
                throw ZipReadError.tooLarge("more than \(maxUnpackedBytes >> 20) MiB unpacked")
            }
            guard try u32(local) == 0x0403_4b50 else { throw ZipReadError.damaged("the entry \(name) is missing") }
            let start = local + 30 + (try u16(local + 26)) + (try u16(local + 28))
            guard start + packedSize <= bytes.count else {
                throw ZipReadError.damaged("the entry \(name) ends after the file")
            }
            let packed = bytes[start..<(start + packedSize)]
            let content: [UInt8]
            switch method {
            case 0: content = Array(packed)
            case 8:
                var inflater = Inflater(input: Array(packed), limit: size)
                content = try inflater.inflate(entry: name)
            default:
                throw ZipReadError.unsupported(
                    "packing method \(method) (\(name)); zip with the usual settings (deflate)")
            }
            guard content.count == size else {
                throw ZipReadError.damaged("the entry \(name) unpacks to \(content.count) bytes, not \(size)")
            }
            let file = Data(content)
            guard Int(ZipArchive.crc32(file)) == crc else {
                throw ZipReadError.damaged("the entry \(name) fails its CRC-32 check")
            }
            unpacked += size
            files.append(ExportFile(name: name, data: file))
        }
        return files
    }
}

/// Why a ZIP archive cannot be read.
public enum ZipReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not a ZIP archive.
    case notZip
    /// The archive is damaged (what is wrong).
    case damaged(String)
    /// A feature this reader does not read (which).
    case unsupported(String)
    /// Over a limit (which).
    case tooLarge(String)

    /// What is wrong, in words.
    public var description: String {
        switch self {
        case .notZip: "not a ZIP archive"
        case .damaged(let what): "the ZIP archive is damaged: \(what)"
        case .unsupported(let what): "the ZIP archive uses \(what), which cannot be read"
        case .tooLarge(let what): "the ZIP archive is too large: \(what)"
        }
    }
}

/// A raw DEFLATE stream (RFC 1951) unpacked: stored, fixed and dynamic Huffman blocks.
struct Inflater {
    private let input: [UInt8]
    private let limit: Int
    private var position = 0
    private var bitBuffer: UInt32 = 0
    private var bitCount = 0
    private var output: [UInt8] = []

    init(input: [UInt8], limit: Int) {
        self.input = input
        self.limit = limit
        output.reserveCapacity(limit)
    }

    /// Canonical Huffman code: how many codes of each length, and the symbols in code order.
    private struct Code {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]

        init(lengths: [Int]) throws {
            symbols = [Int](repeating: 0, count: lengths.count)
            for length in lengths { counts[length] += 1 }
            counts[0] = 0
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            for (symbol, length) in lengths.enumerated() where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }
    }

    private static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    private static let lengthExtra = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
        2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// The unpacked bytes.
    mutating func inflate(entry: String) throws -> [UInt8] {
        let damaged = ZipReadError.damaged("the entry \(entry) is not a valid deflate stream")
        var last = false
        while !last {
            last = try bits(1) == 1
            switch try bits(2) {
            case 0:
                bitBuffer = 0
                bitCount = 0
                guard position + 4 <= input.count else { throw damaged }
                let length = Int(input[position]) | Int(input[position + 1]) << 8
                let check = Int(input[position + 2]) | Int(input[position + 3]) << 8
                position += 4
                guard length == ~check & 0xFFFF, position + length <= input.count, output.count + length <= limit else {
                    throw damaged
                }
                output += input[position..<(position + length)]
                position += length
            case 1:
                var lengths = [Int](repeating: 8, count: 288)
                for symbol in 144..<256 { lengths[symbol] = 9 }
                for symbol in 256..<280 { lengths[symbol] = 7 }
                try codes(try Code(lengths: lengths), try Code(lengths: [Int](repeating: 5, count: 30)), damaged)
            case 2:
                let literals = try bits(5) + 257, distances = try bits(5) + 1, lengthCodes = try bits(4) + 4
                var codeLengths = [Int](repeating: 0, count: 19)
                for index in 0..<lengthCodes { codeLengths[Self.codeLengthOrder[index]] = try bits(3) }
                let lengthCode = try Code(lengths: codeLengths)
                var lengths: [Int] = []
                while lengths.count < literals + distances {
                    let symbol = try decode(lengthCode, damaged)
                    switch symbol {
                    case 0..<16: lengths.append(symbol)
                    case 16:
                        guard let previous = lengths.last else { throw damaged }
                        lengths += [Int](repeating: previous, count: 3 + (try bits(2)))
                    case 17: lengths += [Int](repeating: 0, count: 3 + (try bits(3)))
                    default: lengths += [Int](repeating: 0, count: 11 + (try bits(7)))
                    }
                }
                guard lengths.count == literals + distances, lengths[256] != 0 else { throw damaged }
                try codes(
                    try Code(lengths: Array(lengths[..<literals])), try Code(lengths: Array(lengths[literals...])),
                    damaged)
            default:
                throw damaged
            }
        }
        return output
    }

    private mutating func bits(_ count: Int) throws -> Int {
        while bitCount < count {
            guard position < input.count else { throw ZipReadError.damaged("a deflate stream ends early") }
            bitBuffer |= UInt32(input[position]) << UInt32(bitCount)
            position += 1
            bitCount += 8
        }
        let value = Int(bitBuffer & ((1 << UInt32(count)) - 1))
        bitBuffer >>= UInt32(count)
        bitCount -= count
        return value
    }

    private mutating func decode(_ code: Code, _ damaged: ZipReadError) throws -> Int {
        var value = 0, first = 0, index = 0
        for length in 1...15 {
            value |= try bits(1)
            let count = code.counts[length]
            if value - count < first { return code.symbols[index + value - first] }
            index += count
            first = (first + count) << 1
            value <<= 1
        }
        throw damaged
    }

    private mutating func codes(_ literal: Code, _ distance: Code, _ damaged: ZipReadError) throws {
        while true {
            let symbol = try decode(literal, damaged)
            if symbol < 256 {
                guard output.count < limit else { throw damaged }
                output.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let index = symbol - 257
                guard index < 29 else { throw damaged }
                let length = Self.lengthBase[index] + (try bits(Self.lengthExtra[index]))
                let distanceSymbol = try decode(distance, damaged)
                guard distanceSymbol < 30 else { throw damaged }
                let back = Self.distanceBase[distanceSymbol] + (try bits(Self.distanceExtra[distanceSymbol]))
                guard back <= output.count, output.count + length <= limit else { throw damaged }
                let from = output.count - back
                for offset in 0..<length { output.append(output[from + offset]) }
            }
        }
    }
}

import Foundation

/// A ZIP archive of files stored as they are (no compression), so that each file in it
/// has exactly the bytes it was given: the workbench's download of a plan's CSV export
/// is one archive of the files `skillplan export --format csv` writes.
///
/// ```swift
/// let files = try PlanExporter(language: .zh).export(plan, as: .csv)
/// let zip = ZipArchive(files: files).data
/// ```
///
/// Names are UTF-8 (flag bit 11), times are a fixed 1 January 2020 00:00 so that the same
/// files always give the same bytes. Files over 4 GiB are not supported (no ZIP64).
public struct ZipArchive: Sendable {
    /// The files, in order.
    public var files: [ExportFile]

    /// An archive of these files.
    ///
    /// - Parameter files: the files, each with its name inside the archive.
    public init(files: [ExportFile]) {
        self.files = files
    }

    /// The archive's bytes.
    public var data: Data {
        var out = Data()
        var central = Data()
        for file in files {
            let name = Data(file.name.utf8)
            let crc = Self.crc32(file.data)
            let offset = UInt32(out.count)
            // Local file header.
            out.appendLittleEndian(UInt32(0x0403_4b50))
            appendCommon(&out, name: name, crc: crc, size: UInt32(file.data.count))
            out.appendLittleEndian(UInt16(0))  // extra field length
            out.append(name)
            out.append(file.data)
            // Central directory entry.
            central.appendLittleEndian(UInt32(0x0201_4b50))
            central.appendLittleEndian(UInt16(20))  // made by: version 2.0
            appendCommon(&central, name: name, crc: crc, size: UInt32(file.data.count))
            central.appendLittleEndian(UInt16(0))  // extra field length
            central.appendLittleEndian(UInt16(0))  // comment length
            central.appendLittleEndian(UInt16(0))  // disk number
            central.appendLittleEndian(UInt16(0))  // internal attributes
            central.appendLittleEndian(UInt32(0o100644) << 16)  // external: a regular file, rw-r--r--
            central.appendLittleEndian(offset)
            central.append(name)
        }
        let centralOffset = UInt32(out.count)
        out.append(central)
        out.appendLittleEndian(UInt32(0x0605_4b50))  // end of central directory
        out.appendLittleEndian(UInt16(0))
        out.appendLittleEndian(UInt16(0))
        out.appendLittleEndian(UInt16(files.count))
        out.appendLittleEndian(UInt16(files.count))
        out.appendLittleEndian(UInt32(central.count))
        out.appendLittleEndian(centralOffset)
        out.appendLittleEndian(UInt16(0))
        return out
    }

    /// The fields a local header and a central entry share, from "version needed" to
    /// the name's length.
    private func appendCommon(_ out: inout Data, name: Data, crc: UInt32, size: UInt32) {
        out.appendLittleEndian(UInt16(20))  // version needed: 2.0
        out.appendLittleEndian(UInt16(0x0800))  // flags: names in UTF-8
        out.appendLittleEndian(UInt16(0))  // method: stored
        out.appendLittleEndian(UInt16(0))  // time 00:00:00
        out.appendLittleEndian(UInt16((2020 - 1980) << 9 | 1 << 5 | 1))  // date 2020-01-01
        out.appendLittleEndian(crc)
        out.appendLittleEndian(size)  // compressed size
        out.appendLittleEndian(size)  // uncompressed size
        out.appendLittleEndian(UInt16(name.count))
    }

    /// The CRC-32 (ISO-HDLC, as ZIP uses) of some bytes.
    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }

    private static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }
}

extension Data {
    /// Appends an integer's bytes, least significant first.
    fileprivate mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

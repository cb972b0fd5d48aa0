import Crypto
import Foundation

extension SHA256 {
    /// The SHA-256 digest of `data` as 64 lower-case hexadecimal digits: how the store
    /// and the plans record a scenario's resolved inputs (``ScenarioHash``), its files
    /// and a saved plan's JSON. swift-crypto's `SHA256` computes it; the hex form is the
    /// one saved stores hold, so it must not change.
    ///
    /// - Parameter data: the message.
    /// - Returns: the hex digest.
    static func hex(of data: some DataProtocol) -> String {
        var out = ""
        out.reserveCapacity(SHA256.byteCount * 2)
        for byte in SHA256.hash(data: data) {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0f)])
        }
        return out
    }

    /// The digest of the UTF-8 bytes of `text` as 64 lower-case hexadecimal digits.
    ///
    /// - Parameter text: the message.
    /// - Returns: the hex digest.
    static func hex(of text: String) -> String {
        hex(of: Data(text.utf8))
    }

    private static let hexDigits = Array("0123456789abcdef")
}

import Crypto
import Foundation
import Testing

@testable import SkillPlan

/// swift-crypto computes the digests; these pin the hex form that saved stores and
/// plans hold (a store saved before the switch to swift-crypto read back unchanged).
@Suite("SHA-256")
struct SHA256Tests {
    @Test("the FIPS 180-2 vectors")
    func vectors() {
        #expect(SHA256.hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256.hex(of: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("a million a's, and messages around the block boundary")
    func longAndBoundary() {
        #expect(
            SHA256.hex(of: Data(repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // 55, 56 and 64 bytes: padding fits, spills into a second block, fills one exactly.
        #expect(
            SHA256.hex(of: String(repeating: "a", count: 55))
                == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(
            SHA256.hex(of: String(repeating: "a", count: 56))
                == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(
            SHA256.hex(of: String(repeating: "a", count: 64))
                == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test("the hex is 64 lower-case digits, and text hashes as its UTF-8 bytes")
    func shape() {
        let hex = SHA256.hex(of: "兴宁")
        #expect(hex.count == 64)
        #expect(hex.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(hex == SHA256.hex(of: Data("兴宁".utf8)))
        #expect(SHA256.hex(of: [UInt8]("abc".utf8)) == SHA256.hex(of: "abc"))
    }
}

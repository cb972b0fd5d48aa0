import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillPlan
import SkillPlanWeb
import TestSupport
import Testing

/// A workbench on a temporary store, offering the package's bundled scenarios, and the
/// helpers route tests share.
final class WebFixture: @unchecked Sendable {
    // Safe: every property is a constant; the temporary folder is only read after init.
    /// The package's folder (holding Models/ and Data/).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    /// A CSRF token the tests send as cookie and field.
    static let csrf = "0123456789abcdef0123456789abcdef"

    let folder: TemporaryFolder
    let workbench: Workbench

    /// - Parameter models: the folder of scenarios offered (the package's `Models/` by default).
    init(token: String? = nil, workers: Int = 1, abandonAfter: Double = 120, models: String? = nil) throws {
        folder = try TemporaryFolder()
        let store = folder.file("store/plans.sqlite")
        workbench = try Workbench(
            settings: WorkbenchSettings(
                storePath: store, modelsFolder: models ?? Self.packageRoot + "/Models",
                dataFolder: folder.file("store/workbench"),
                projectFolder: Self.packageRoot, token: token, workers: workers, abandonAfter: abandonAfter))
    }

    deinit {
        workbench.shutdown()
    }

    /// The application, for `app.test(.router)`.
    var application: some ApplicationProtocol { WorkbenchServer.application(workbench) }

    /// Headers of a form post that carries the CSRF cookie.
    static func formHeaders(_ extra: HTTPFields = [:]) -> HTTPFields {
        var headers: HTTPFields = [
            .contentType: "application/x-www-form-urlencoded", .cookie: "skillplan_csrf=\(csrf)",
        ]
        headers.append(contentsOf: extra)
        return headers
    }

    /// A url-encoded body with the CSRF field.
    static func formBody(_ fields: [(String, String)], csrf: String? = WebFixture.csrf) -> ByteBuffer {
        var pairs = fields
        if let csrf { pairs.append(("_csrf", csrf)) }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let text = pairs.map {
            "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }
        .joined(separator: "&")
        return ByteBuffer(string: text)
    }

    /// A multipart body with the given fields and one file.
    static func multipartBody(boundary: String, fields: [(String, String)], file: (name: String, data: Data)?)
        -> ByteBuffer
    {
        var data = Data()
        for (name, value) in fields + [("_csrf", csrf)] {
            data += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            data += Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: text/csv\r\n\r\n"
                    .utf8)
            data += file.data + Data("\r\n".utf8)
        }
        data += Data("--\(boundary)--\r\n".utf8)
        return ByteBuffer(bytes: data)
    }

    /// Solves a bundled scenario through the queue, as the Solve button does, and
    /// waits for it: the job's number.
    func solve(_ scenario: String, client: some TestClientProtocol) async throws -> Int {
        let location = try await client.execute(
            uri: "/en/scenarios/\(scenario)/solve", method: .post, headers: Self.formHeaders(),
            body: Self.formBody([])
        ) { response in
            response.headers[.location] ?? ""
        }
        guard let id = Int(location.split(separator: "/").last ?? "") else { throw WebFixtureError.noJob(location) }
        let job = try #require(workbench.queue.job(id))
        _ = job.wait(timeout: 300)
        return id
    }
}

enum WebFixtureError: Error {
    case noJob(String)
}

/// The files of a ZIP archive whose entries are stored (as the workbench writes them).
func storedZipEntries(_ data: Data) -> [String: Data] {
    var entries: [String: Data] = [:]
    var offset = 0
    let bytes = [UInt8](data)
    func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
    while offset + 30 <= bytes.count, u32(offset) == 0x0403_4b50 {
        let size = u32(offset + 18), nameLength = u16(offset + 26), extra = u16(offset + 28)
        let name = String(decoding: bytes[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self)
        let start = offset + 30 + nameLength + extra
        entries[name] = Data(bytes[start..<(start + size)])
        offset = start + size
    }
    return entries
}

import Foundation
import Hummingbird

#if canImport(Glibc)
    import Glibc
#endif

/// A page rendered once and kept as the bytes it is sent as, cut where the CSRF token
/// of the client goes: answering it again writes the kept buffers (shared, not copied)
/// with the client's token between them, without rendering, copying or escaping the page
/// again.
struct RenderedPage: Sendable {
    /// What a page is rendered with in place of the client's CSRF token (it is the same
    /// once escaped, and no page text holds it).
    static let csrfMarker = "skillplan-csrf-token-goes-here"

    /// The page's bytes between the places of the token.
    let pieces: [ByteBuffer]

    /// A page rendered with ``csrfMarker`` as its token.
    init(html: String) {
        let marker = Array(Self.csrfMarker.utf8)
        let bytes = Array(html.utf8)
        var pieces: [ByteBuffer] = []
        var start = 0
        var index = 0
        while index + marker.count <= bytes.count {
            if bytes[index] == marker[0], bytes[index..<(index + marker.count)].elementsEqual(marker) {
                pieces.append(ByteBuffer(bytes: bytes[start..<index]))
                index += marker.count
                start = index
            } else {
                index += 1
            }
        }
        pieces.append(ByteBuffer(bytes: bytes[start...]))
        self.pieces = pieces
    }

    /// The bytes to send to a client with its CSRF token.
    func body(csrf: String) -> ResponseBody {
        guard pieces.count > 1 else { return ResponseBody(byteBuffer: pieces[0]) }
        let token = ByteBuffer(string: csrf)
        var buffers: [ByteBuffer] = [pieces[0]]
        for piece in pieces.dropFirst() {
            buffers.append(token)
            buffers.append(piece)
        }
        return ResponseBody(contentsOf: buffers)
    }
}

/// When a file last changed, cheaply: one `stat` call, no file opened.
enum FileStamp {
    /// The file's modification time (to the nanosecond) and size; `-` when it is absent.
    static func of(_ path: String) -> String {
        info(path).text
    }

    /// The stamps of several files in one text, and the files among them (not folders)
    /// that changed after `recent` (seconds since 1970; default: in the last second): a
    /// file written twice within one tick of the clock that stamps it can keep its stamp
    /// (time and size), so the stamp of such a file does not show what it holds.
    static func of(_ paths: [String], changedAfter recent: Double? = nil) -> (text: String, unsettled: [String]) {
        let recent = recent ?? Date().timeIntervalSince1970 - 1
        var unsettled: [String] = []
        let text = paths.map { path in
            let info = info(path)
            if info.isFile && info.modified > recent { unsettled.append(path) }
            return info.text
        }.joined(separator: "|")
        return (text, unsettled)
    }

    /// The stamp text, the modification time (0 when the file is absent) and whether it
    /// is a file (not a folder).
    private static func info(_ path: String) -> (text: String, modified: Double, isFile: Bool) {
        #if canImport(Glibc)
            var info = stat()
            guard stat(path, &info) == 0 else { return ("-", 0, false) }
            return (
                "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_size)",
                Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9, (info.st_mode & S_IFMT) == S_IFREG
            )
        #else
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
                return ("-", 0, false)
            }
            let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return (
                "\(date):\((attributes[.size] as? NSNumber)?.intValue ?? 0)", date,
                attributes[.type] as? FileAttributeType == .typeRegular
            )
        #endif
    }
}

extension Routes {
    /// A page from the workbench's rendered pages, or rendered (with ``RenderedPage/csrfMarker``
    /// as its token) and kept. `key` names everything the page shows but the queue's load,
    /// which is added to it, and the client's token; a page without a key (what it shows
    /// cannot be named yet) is rendered and not kept.
    func rendered(_ key: String?, make: () throws -> Page) rethrows -> RenderedPage {
        let load = workbench.queue.load
        guard let key else {
            var page = try make()
            page.load = load
            return RenderedPage(html: page.render())
        }
        return try workbench.pages.value("\(key)|load \(load.running) \(load.waiting)") {
            var page = try make()
            page.load = load
            return RenderedPage(html: page.render())
        }
    }

    /// The page ``rendered(_:make:)`` keeps under `key` (with the queue's load now), if any.
    func kept(_ key: String) -> RenderedPage? {
        let load = workbench.queue.load
        return workbench.pages.kept("\(key)|load \(load.running) \(load.waiting)")
    }

    /// A page as ``rendered(_:make:)`` gives it, answered at once when it is kept, and
    /// made off the server's event loops when it is not (making it may read files).
    func renderedOffLoop(_ key: String?, make: @escaping @Sendable () throws -> Page) async throws -> RenderedPage {
        if let key, let kept = kept(key) { return kept }
        return try await Workbench.blocking { [self] in try rendered(key, make: make) }
    }

    /// A kept page as a response, with the client's CSRF token.
    func html(_ page: RenderedPage, csrf: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: page.body(csrf: csrf))
    }
}

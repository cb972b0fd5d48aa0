import Foundation
import SkillPlan

#if canImport(Glibc)
    import Glibc
#endif

/// The workbench under load: `skillplan serve` as a child process on a free loopback
/// port, a new plan store with 20 results of the baseline plan already kept, and
/// clients made of curl and wrk processes (loopback only, each run bounded in time).
///
/// 1. first progress: the time from posting Solve to the first progress event (the
///    job's stream reporting the solve started);
/// 2. pages: `wrk -c 50 -d S --latency` on four pages while two solves run; the p50
///    and p99 latencies, requests and failed requests of each;
/// 3. the baseline plan page's size in each language;
/// 4. 20 saves at once (20 curl clients saving 10 results… all 20 at once): failed
///    requests and versions lost;
/// 5. SIGKILL in the middle of 10 saves, then a restart: versions acknowledged (303)
///    but not in the store (lost), and the store's integrity check.
struct ServeBenchmark {
    var skillplan: String
    var seconds: Int
    var clients: Int

    static let csrf = "0123456789abcdef0123456789abcdef"

    func run() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-serve-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/store/plans.sqlite"
        let models = URL(fileURLWithPath: "Models").standardizedFileURL.path
        // 20 results of the baseline plan, as 20 finished solves leave them.
        let loaded = try ScenarioLoader.load(path: models + "/xingning-2025.yaml")
        let plan = try Planner.solve(loaded.scenario, inputHash: loaded.inputHash).plan
        let results = SolveResultFolder(path: folder + "/store/workbench/results")
        for id in 1...30 {
            try results.write(
                SolveResult(
                    facts: .init(
                        id: id, scenarioPath: models + "/xingning-2025.yaml", stoppedBy: nil, violations: 0,
                        finished: ISO8601DateFormatter().string(from: Date()), savedAs: nil),
                    plan: plan, inputs: loaded.inputFiles))
        }
        var lines: [String] = []
        var server = try Server(skillplan: skillplan, store: store, models: models)
        defer { server.kill() }
        let base = "http://127.0.0.1:\(server.port)"

        // 1. First progress after Solve, with a long time limit so that both solves run
        //    through the page runs.
        var jobs: [String] = []
        var firstProgress: [Double] = []
        var streams: [Process] = []
        for scenario in ["hiring-freeze", "rotation-3-year"] {
            let start = Date()
            let posted = try Curl.post(
                "\(base)/en/scenarios/\(scenario)/solve",
                fields: [("solver.time_limit", "300"), ("name", "bench-\(scenario)")])
            guard posted.status == 303, let job = posted.location else {
                throw BenchError("Solve of \(scenario) answered \(posted.status)")
            }
            jobs.append(job)
            let (stream, seconds) = try Curl.firstEvent(
                "\(base)\(job)/events", matching: "\"state\":\"building\"|\"state\":\"searching\"", since: start)
            streams.append(stream)
            firstProgress.append(seconds)
        }
        lines.append(
            String(
                format: "first progress after Solve: %.3f s and %.3f s (goal: within 1 s)", firstProgress[0],
                firstProgress[1]))

        // 2. Pages under load while both solves run.
        lines.append("pages, \(clients) clients for \(seconds) s each, two solves running (wrk --latency):")
        lines.append("  page                          p50 ms   p99 ms   requests   failed")
        var worstP99 = 0.0
        var failedTotal = 0
        for page in ["/en/", "/zh/scenarios/xingning-2025", "/en/plans/r1", "/zh/history"] {
            let running =
                try Curl.get("\(base)\(jobs[0])").body.contains("Searching")
                && Curl.get("\(base)\(jobs[1])").body.contains("Searching")
            let result = try Wrk.run(url: base + page, clients: clients, seconds: seconds)
            worstP99 = max(worstP99, result.p99)
            failedTotal += result.failed
            lines.append(
                String(
                    format: "  %-28@ %7.1f  %7.1f  %9d  %7d%@", page as NSString, result.p50, result.p99,
                    result.requests, result.failed,
                    (running ? "" : "  (a solve had ended before this run)") as NSString))
        }
        lines.append(
            String(format: "  worst p99 %.1f ms (goal: at most 100 ms), %d failed requests", worstP99, failedTotal))
        for job in jobs { _ = try Curl.post("\(base)\(job)/stop", fields: []) }
        for stream in streams { stream.terminate() }

        // 3. The plan page's size.
        let zh = try Curl.get("\(base)/zh/plans/r1").body.utf8.count,
            en = try Curl.get("\(base)/en/plans/r1").body.utf8.count
        lines.append("baseline plan page: \(zh / 1024) KB (zh), \(en / 1024) KB (en) (goal: under 300 KB)")

        // 4. 20 saves at once.
        let saves = Curl.parallel(
            (1...20).map { id in
                ("\(base)/en/plans/r\(id)/save", [("label", "bench-\(id)")])
            })
        let failed = saves.filter { $0.status != 303 }.count
        let saved = try PlanStore(path: store, createIfMissing: false).versions()
        let lost = (1...20).filter { id in !saved.contains { $0.label == "bench-\(id)" } }.count
        lines.append(
            "20 saves at once: \(failed) failed requests, \(lost) versions lost, \(saved.count) versions (goal: 0 and 0)"
        )

        // 5. SIGKILL in the middle of 10 saves.
        let pid = server.process.processIdentifier
        let killer = Thread {
            usleep(30_000)
            Glibc.kill(pid, SIGKILL)
        }
        killer.start()
        let interrupted = Curl.parallel(
            (21...30).map { id in
                ("\(base)/en/plans/r\(id)/save", [("label", "kill-\(id)")])
            })
        server.kill()
        let acknowledged = (21...30).filter { interrupted[$0 - 21].status == 303 }
        server = try Server(skillplan: skillplan, store: store, models: models)
        let after = try PlanStore(path: store, createIfMissing: false)
        let kept = try after.versions()
        let lostAfterKill = acknowledged.filter { id in !kept.contains { $0.label == "kill-\(id)" } }.count
        let check = try after.check()
        let page = try Curl.get("http://127.0.0.1:\(server.port)/en/history")
        lines.append(
            "SIGKILL during 10 saves: \(acknowledged.count) acknowledged before the kill, \(lostAfterKill) of them lost; "
                + "store check \(check.isSound ? "sound" : "NOT sound: \(check.problems)"); restarted server answers \(page.status) (goal: 0 lost)"
        )
        let stopStart = Date()
        server.terminate()
        lines.append(
            String(
                format: "SIGTERM with no solve running: exited %d in %.2f s", server.exitStatus,
                Date().timeIntervalSince(stopStart)))
        return lines.joined(separator: "\n")
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// `skillplan serve` as a child process.
struct Server {
    let process = Process()
    var port = 0

    init(skillplan: String, store: String, models: String) throws {
        process.executableURL = URL(fileURLWithPath: skillplan)
        process.arguments = ["serve", "--port", "0", "--store", store, "--models", models]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let data = pipe.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
            if let range = text.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                port = Int(text[range].dropFirst("127.0.0.1:".count).dropLast()) ?? 0
                break
            }
        }
        guard port > 0 else {
            process.terminate()
            throw BenchError("skillplan serve did not print its address: \(text)")
        }
    }

    func kill() {
        if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    func terminate() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    var exitStatus: Int32 { process.terminationStatus }
}

/// HTTP through curl processes (each a client of its own).
enum Curl {
    struct Reply {
        var status: Int
        var location: String?
        var body: String
    }

    static func get(_ url: String) throws -> Reply {
        try run(["-s", "-i", url])
    }

    static func post(_ url: String, fields: [(String, String)]) throws -> Reply {
        var arguments = [
            "-s", "-i", "-b", "skillplan_csrf=\(ServeBenchmark.csrf)", "--data-urlencode",
            "_csrf=\(ServeBenchmark.csrf)",
        ]
        for (name, value) in fields { arguments += ["--data-urlencode", "\(name)=\(value)"] }
        return try run(arguments + [url])
    }

    /// Posts to many URLs at once, one curl each; a reply of status 0 failed to connect.
    static func parallel(_ posts: [(String, [(String, String)])]) -> [Reply] {
        let replies = LockedArray(count: posts.count)
        DispatchQueue.concurrentPerform(iterations: posts.count) { index in
            let reply = (try? post(posts[index].0, fields: posts[index].1)) ?? Reply(status: 0, location: nil, body: "")
            replies.set(index, reply)
        }
        return replies.values
    }

    static func run(_ arguments: [String]) throws -> Reply {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["--max-time", "60"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard let headEnd = text.range(of: "\r\n\r\n") else { return Reply(status: 0, location: nil, body: text) }
        let head = text[..<headEnd.lowerBound].split(separator: "\r\n")
        let status = head.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        let location = head.first { $0.lowercased().hasPrefix("location:") }.map {
            String($0.dropFirst(9)).trimmingCharacters(in: .whitespaces)
        }
        return Reply(status: status, location: location, body: String(text[headEnd.upperBound...]))
    }

    /// Opens a progress stream and returns when an event matches: the stream (still
    /// open, so the solve stays watched) and the seconds since `since`.
    static func firstEvent(_ url: String, matching pattern: String, since: Date) throws -> (Process, Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-N", "--max-time", "600", url]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        var text = ""
        while true {
            let data = pipe.fileHandleForReading.availableData
            if data.isEmpty {
                throw BenchError("the progress stream ended without an event matching \(pattern): \(text)")
            }
            text += String(decoding: data, as: UTF8.self)
            if text.range(of: pattern, options: .regularExpression) != nil {
                let seconds = Date().timeIntervalSince(since)
                // Keep reading in the background so the stream does not block.
                Thread.detachNewThread { while !pipe.fileHandleForReading.availableData.isEmpty {} }
                return (process, seconds)
            }
        }
    }
}

/// An array filled from many threads.
final class LockedArray: @unchecked Sendable {
    // Safe: `items` is read and written only while holding `lock`.
    private let lock = NSLock()
    private var items: [Curl.Reply]

    init(count: Int) {
        items = Array(repeating: Curl.Reply(status: 0, location: nil, body: ""), count: count)
    }

    func set(_ index: Int, _ reply: Curl.Reply) {
        lock.withLock { items[index] = reply }
    }

    var values: [Curl.Reply] { lock.withLock { items } }
}

/// One bounded wrk run.
enum Wrk {
    struct Result {
        var p50: Double
        var p99: Double
        var requests: Int
        var failed: Int
    }

    static func run(url: String, clients: Int, seconds: Int) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/wrk")
        process.arguments = [
            "-t", "2", "-c", String(clients), "-d", "\(seconds)s", "--timeout", "10s", "--latency", url,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        func milliseconds(_ label: String) -> Double {
            guard
                let line = text.split(separator: "\n").first(where: {
                    $0.trimmingCharacters(in: .whitespaces).hasPrefix(label)
                }),
                let value = line.split(separator: " ", omittingEmptySubsequences: true).last
            else { return .nan }
            let unit = value.drop { $0.isNumber || $0 == "." }
            let number = Double(value.prefix { $0.isNumber || $0 == "." }) ?? .nan
            switch unit {
            case "us": return number / 1000
            case "ms": return number
            case "s": return number * 1000
            default: return .nan
            }
        }
        let requests =
            text.range(of: #"(\d+) requests in"#, options: .regularExpression).map {
                Int(text[$0].split(separator: " ")[0]) ?? 0
            } ?? 0
        var failed = 0
        if let range = text.range(of: #"Non-2xx or 3xx responses: (\d+)"#, options: .regularExpression) {
            failed += Int(text[range].split(separator: " ").last ?? "") ?? 0
        }
        if let range = text.range(
            of: #"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)"#, options: .regularExpression)
        {
            failed += text[range].split(separator: " ").compactMap {
                Int($0.trimmingCharacters(in: CharacterSet(charactersIn: ",")))
            }.reduce(0, +)
        }
        return Result(p50: milliseconds("50%"), p99: milliseconds("99%"), requests: requests, failed: failed)
    }
}

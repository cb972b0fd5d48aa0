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
        var streams: [RunningChild] = []
        defer {
            for stream in streams {
                stream.send(SIGTERM)
                stream.wait()
            }
        }
        for scenario in ["hiring-freeze", "rotation-3-year"] {
            let start = ContinuousClock.now
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
        var table = [["page", "p50 ms", "p99 ms", "requests", "failed", ""]]
        var worstP99 = 0.0
        var failedTotal = 0
        for page in ["/en/", "/zh/scenarios/xingning-2025", "/en/plans/r1", "/zh/history"] {
            let running =
                try Curl.get("\(base)\(jobs[0])").body.contains("data-state=\"searching\"")
                && Curl.get("\(base)\(jobs[1])").body.contains("data-state=\"searching\"")
            let result = try Wrk.run(url: base + page, clients: clients, seconds: seconds)
            worstP99 = max(worstP99, result.p99)
            failedTotal += result.failed
            table.append([
                page, String(format: "%.1f", result.p50), String(format: "%.1f", result.p99), String(result.requests),
                String(result.failed), running ? "" : "(a solve had ended before this run)",
            ])
        }
        lines += TextWidth.align(table, rightAligned: [1, 2, 3, 4]).map { "  " + $0 }
        lines.append(
            String(format: "  worst p99 %.1f ms (goal: at most 100 ms), %d failed requests", worstP99, failedTotal))
        for job in jobs { _ = try Curl.post("\(base)\(job)/stop", fields: []) }
        for stream in streams {
            stream.send(SIGTERM)
            stream.wait()
        }

        // 3. The plan page's size.
        let zh = try Curl.get("\(base)/zh/plans/r1").body.utf8.count,
            en = try Curl.get("\(base)/en/plans/r1").body.utf8.count
        lines.append("baseline plan page: \(zh / 1024) KB (zh), \(en / 1024) KB (en) (goal: under 300 KB)")

        // 4. 20 saves at once.
        let saves = try Curl.parallel(
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
        let running = server.child
        let killer = Thread {
            usleep(30_000)
            running.send(SIGKILL)
        }
        killer.start()
        let interrupted = try Curl.parallel(
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
        let stop = ContinuousClock.now
        let status = server.terminate()
        lines.append(
            String(
                format: "SIGTERM with no solve running: exited %d in %.2f s", status,
                (ContinuousClock.now - stop) / .seconds(1)))
        return lines.joined(separator: "\n")
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// `skillplan serve` as a child process.
struct Server {
    let child: RunningChild
    var port = 0

    init(skillplan: String, store: String, models: String) throws {
        child = try ChildProcess(
            executable: skillplan, arguments: ["serve", "--port", "0", "--store", store, "--models", models],
            measuresPeak: false
        ).start()
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            let text = child.outputSoFar
            if let range = text.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                port = Int(text[range].dropFirst("127.0.0.1:".count).dropLast()) ?? 0
                break
            }
            if child.hasEnded { break }
            usleep(20_000)
        }
        guard port > 0 else {
            child.send(SIGKILL)
            let ended = child.wait()
            throw BenchError(
                "skillplan serve did not print its address within 60 s (status \(ended.status)): \(ended.output)\(ended.errors)"
            )
        }
    }

    /// Ends it with SIGKILL and waits for it.
    func kill() {
        child.send(SIGKILL)
        child.wait()
    }

    /// Ends it with SIGTERM, waits for it and returns its exit status.
    func terminate() -> Int32 {
        child.send(SIGTERM)
        return child.wait().status
    }
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
        try run(postArguments(fields: fields) + [url])
    }

    /// curl's arguments for a form post with the CSRF cookie and field.
    private static func postArguments(fields: [(String, String)]) -> [String] {
        var arguments = [
            "-s", "-i", "-b", "skillplan_csrf=\(ServeBenchmark.csrf)", "--data-urlencode",
            "_csrf=\(ServeBenchmark.csrf)",
        ]
        for (name, value) in fields { arguments += ["--data-urlencode", "\(name)=\(value)"] }
        return arguments
    }

    /// Posts to many URLs at once, one curl each, all started before the first is
    /// waited for; a reply of status 0 failed to connect.
    /// - Throws: when a curl cannot be started.
    static func parallel(_ posts: [(String, [(String, String)])]) throws -> [Reply] {
        let started = try posts.map { try curl(postArguments(fields: $0.1) + [$0.0]).start() }
        return started.map { reply($0.wait().output) }
    }

    static func run(_ arguments: [String]) throws -> Reply {
        reply(try curl(arguments).run(limit: 90).output)
    }

    /// curl with `arguments`, bounded to 60 s.
    private static func curl(_ arguments: [String]) -> ChildProcess {
        ChildProcess(executable: "/usr/bin/curl", arguments: ["--max-time", "60"] + arguments, measuresPeak: false)
    }

    /// A reply from curl's `-i` output: the status line, the headers, the body.
    private static func reply(_ text: String) -> Reply {
        guard let headEnd = text.range(of: "\r\n\r\n") else { return Reply(status: 0, location: nil, body: text) }
        let head = text[..<headEnd.lowerBound].split(separator: "\r\n")
        let status = head.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        let location = head.first { $0.lowercased().hasPrefix("location:") }.map {
            String($0.dropFirst(9)).trimmingCharacters(in: .whitespaces)
        }
        return Reply(status: status, location: location, body: String(text[headEnd.upperBound...]))
    }

    /// Opens a progress stream and returns when an event matches (its output is looked
    /// at every 5 ms): the stream (still open, so the solve stays watched; its owner
    /// ends it) and the seconds since `since`.
    static func firstEvent(_ url: String, matching pattern: String, since: ContinuousClock.Instant) throws -> (
        RunningChild, Double
    ) {
        let stream = try ChildProcess(
            executable: "/usr/bin/curl", arguments: ["-s", "-N", "--max-time", "600", url], measuresPeak: false
        ).start()
        while true {
            let text = stream.outputSoFar
            if text.range(of: pattern, options: .regularExpression) != nil {
                return (stream, (ContinuousClock.now - since) / .seconds(1))
            }
            if stream.hasEnded {
                let ended = stream.wait()
                throw BenchError("the progress stream ended without an event matching \(pattern): \(ended.output)")
            }
            usleep(5_000)
        }
    }
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
        let text = try ChildProcess(
            executable: "/usr/bin/wrk",
            arguments: ["-t", "2", "-c", String(clients), "-d", "\(seconds)s", "--timeout", "10s", "--latency", url],
            measuresPeak: false
        ).run(limit: Double(seconds) + 60).output
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

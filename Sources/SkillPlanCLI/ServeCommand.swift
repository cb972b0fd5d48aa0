import ArgumentParser
import Foundation
import SkillPlan
import SkillPlanWeb

/// `skillplan serve`: the planner's workbench in a browser.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "Run the planner's workbench in a browser: scenarios, levers, solves with live progress, plans, history, data.",
        discussion: """
            Open http://HOST:PORT/ in a browser. Pages are in Chinese (/zh/) and English \
            (/en/). Solves run in the background, one per core, the others waiting in \
            line; Stop keeps the best plan so far. Results and scenarios made in the \
            workbench are kept in a folder beside the plan store (<store folder>/workbench); \
            "Save as version" writes to the plan store, as `skillplan solve --save` does.

            The server listens on loopback (127.0.0.1) by default. Any other address needs \
            an access token (--token, or the \(tokenVariable) environment variable), which \
            every request must then carry (a login page sets it as a cookie). Ctrl-C or \
            SIGTERM stops running solves, keeps their best plans, and exits. See docs/workbench.md.
            \(ExitStatus.helpText)
            """)

    /// The environment variable that gives the token when --token is not given.
    static let tokenVariable = "SKILLPLAN_TOKEN"

    @Option(help: "The address to listen on. Default: 127.0.0.1 (this machine only); another address needs --token.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port, printed at start).")
    var port = 8080

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("The folder of scenario files the workbench offers.", valueName: "dir"))
    var models = "Models"

    @Option(
        help: ArgumentHelp(
            "The access token every request must carry. Default: $\(tokenVariable); none on loopback.",
            valueName: "token"))
    var token: String?

    @Option(help: "Solves at once (at most one per core; default: one per core).")
    var workers: Int?

    /// The token from --token or the environment.
    var resolvedToken: String? {
        if let token { return token }
        if let variable = ProcessInfo.processInfo.environment[Self.tokenVariable], !variable.isEmpty { return variable }
        return nil
    }

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535, not \(port)") }
        if host.isEmpty { throw ValidationError("--host needs an address, e.g. 127.0.0.1") }
        if !WorkbenchSettings.isLoopback(host) && resolvedToken == nil {
            throw ValidationError(
                "--host \(host) is not a loopback address: give --token (or set \(Self.tokenVariable)) so that every request must carry it"
            )
        }
        if let token = resolvedToken,
            token.count < 12 || !token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.~".contains($0)) })
        {
            throw ValidationError(
                "the access token must be at least 12 letters, digits, -, _, . or ~ (e.g. from `openssl rand -hex 16`)")
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        if let workers, !(1...cores).contains(workers) {
            throw ValidationError("--workers must be from 1 to \(cores) (one solve per core at most), not \(workers)")
        }
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: models, isDirectory: &isFolder) || !isFolder.boolValue {
            throw ValidationError(
                "--models \(models) is not a folder: run from the package folder (the one holding Models/), or name the folder of scenario files"
            )
        }
    }

    func run() async throws {
        let current = FileManager.default.currentDirectoryPath
        func absolute(_ path: String) -> String {
            URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: current, isDirectory: true)).standardizedFileURL
                .path
        }
        let storePath = absolute(store.path)
        let settings = WorkbenchSettings(
            host: host, port: port, storePath: storePath, modelsFolder: absolute(models),
            dataFolder: ((storePath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
                "workbench"),
            projectFolder: current, token: resolvedToken,
            workers: workers ?? ProcessInfo.processInfo.activeProcessorCount)
        let workbench: Workbench
        do {
            workbench = try Workbench(settings: settings)
        } catch {
            throw ErrorReporting.exitCode(for: error)
        }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        do {
            try await WorkbenchServer.run(workbench) { port in
                // Written at once (not buffered): scripts wait for this line to learn the port.
                FileHandle.standardOutput.write(
                    Data(
                        "SkillPlan workbench: http://\(shownHost):\(port)/ (\(settings.workers) solve(s) at once; Ctrl-C stops)\n"
                            .utf8))
            }
        } catch {
            ErrorReporting.printError("the server stopped: \(error)")
            throw ExitStatus.badInput
        }
        print("Stopped: running solves were stopped and their best plans kept.")
    }
}

/// What can go wrong with a plan store, each with a message that names the store and
/// says what to do. The `description` is the whole message.
public enum PlanStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No store exists at the path (only for commands that read).
    case missing(store: String)
    /// The path is a folder, or its folder cannot be created or locked.
    case cannotOpen(store: String, reason: String)
    /// The file is not an SQLite database (a text file, a truncated or scrambled file).
    case notADatabase(store: String)
    /// The file is an SQLite database of another application.
    case foreignDatabase(store: String, detail: String)
    /// SQLite reports the database as damaged.
    case corrupt(store: String, detail: String)
    /// The store was written by a newer SkillPlan, with migrations this build does not know.
    case newerSchema(store: String, unknownMigrations: [String])
    /// Another process kept the store locked for longer than the timeout.
    case busy(store: String, seconds: Double)
    /// The label is already used by a version.
    case labelTaken(store: String, label: String, version: Int64)
    /// The label cannot be used (empty, too long, or read as a version id).
    case invalidLabel(label: String, reason: String)
    /// No version matches the reference.
    case unknownVersion(store: String, reference: String)
    /// A stored plan or input file no longer matches the hash saved with it.
    case damagedVersion(store: String, version: Int64, detail: String)
    /// An input file's path cannot be saved or restored safely.
    case unsafeInputPath(path: String)
    /// The plan has no scenario files to save with it.
    case noInputFiles
    /// The folder to restore into already holds files.
    case restoreFolderNotEmpty(folder: String)
    /// A file of the restored scenario could not be written.
    case restoreFailed(folder: String, reason: String)
    /// Any other SQLite error.
    case database(store: String, detail: String)

    /// The message: the store or folder, what is wrong, and what to do.
    public var description: String {
        switch self {
        case .missing(let store):
            return
                "\(store): no plan store here yet; save a plan with `skillplan solve --save`, or give the store with --store PATH or SKILLPLAN_STORE"
        case .cannotOpen(let store, let reason):
            return
                "\(store): cannot open the plan store (\(reason)); give a file path with --store PATH in a writable folder"
        case .notADatabase(let store):
            return
                "\(store): not a plan store (the file is not an SQLite database); give another path with --store, or move the file away"
        case .foreignDatabase(let store, let detail):
            return
                "\(store): not a plan store (an SQLite database of another application: \(detail)); give another path with --store"
        case .corrupt(let store, let detail):
            return
                "\(store): the plan store is damaged (\(detail)); restore it from a backup, or give another path with --store"
        case .newerSchema(let store, let unknown):
            return
                "\(store): the plan store was written by a newer skillplan (schema \(unknown.joined(separator: ", ")) unknown to this one); use a newer skillplan, or give another path with --store"
        case .busy(let store, let seconds):
            return
                "\(store): another process kept the plan store locked for \(Int(seconds)) s; try again when it has finished"
        case .labelTaken(let store, let label, let version):
            return
                "\(store): the label '\(label)' is already used by version \(version); choose another --label (labels are unique)"
        case .invalidLabel(let label, let reason):
            return "'\(label)' cannot be a label: \(reason)"
        case .unknownVersion(let store, let reference):
            return
                "\(store): no version '\(reference)'; run `skillplan history` to list the versions (give an id like 3 or v3, or a label)"
        case .damagedVersion(let store, let version, let detail):
            return "\(store): version \(version) is damaged (\(detail)); restore the store from a backup"
        case .unsafeInputPath(let path):
            return
                "input file '\(path)' has a path that cannot be restored safely (absolute, or '..' after a folder name); keep a scenario's data in a folder beside or below it"
        case .noInputFiles:
            return
                "the plan has no scenario files to save with it; load the scenario from its files with ScenarioLoader"
        case .restoreFolderNotEmpty(let folder):
            return
                "\(folder): the folder is not empty; choose a new or empty folder with -o, or pass --force to write the files into it"
        case .restoreFailed(let folder, let reason):
            return "\(folder): cannot restore the scenario (\(reason)); check the folder's permissions and free space"
        case .database(let store, let detail):
            return "\(store): the plan store failed (\(detail)); try again, or give another path with --store"
        }
    }
}

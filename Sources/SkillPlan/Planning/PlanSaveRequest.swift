/// Where and how ``ScenarioPlanning`` keeps a plan as a version of the plan store.
public struct PlanSaveRequest: Sendable {
    /// The open store (``PlanStore``), checked before the solve so that a wrong store or
    /// a label in use fails before a long search.
    public var store: PlanStore
    /// A unique name for the version, e.g. `baseline`.
    public var label: String?
    /// Free text kept with the version.
    public var note: String?

    /// A save into `store`.
    public init(store: PlanStore, label: String? = nil, note: String? = nil) {
        self.store = store
        self.label = label
        self.note = note
    }

    /// Opens nothing: checks that ``label`` is free in ``store``.
    /// - Throws: ``PlanStoreError/labelTaken(store:label:version:)`` when a version has it.
    public func checkLabelFree() throws {
        if let label, let owner = try? store.version(label) {
            throw PlanStoreError.labelTaken(store: store.path, label: label, version: owner.id)
        }
    }
}

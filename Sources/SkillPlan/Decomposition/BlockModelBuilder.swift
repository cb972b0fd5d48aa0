/// Builds a scenario's whole model school by school, in parallel: each school's model
/// by ``ModelBuilder`` on its own scenario, then the rows of the targets that span
/// schools. The result is the integer program `ModelBuilder(scenario:).build()` makes,
/// row for row (the tests compare them), in another order; it is faster on a large
/// scenario because each school's model looks only at that school's data.
public enum BlockModelBuilder {
    /// The whole model.
    ///
    /// - Parameters:
    ///   - scenario: a validated scenario.
    ///   - jobs: threads for the schools' models.
    /// - Returns: the model, with its variables by planning key.
    /// - Throws: ``PlanningError`` or a GLPK error, as ``ModelBuilder/build()``.
    public static func build(_ scenario: Scenario, jobs: Int = WorkerPool.cores) throws -> PlanningModel {
        try SchoolBlocks.build(SchoolSplit(scenario), jobs: jobs).wholeModel()
    }
}

import GLPK
import TestSupport
import Testing

/// The public Netlib and MIPLIB-style instances in `../shared/netlib`, read in place
/// (they belong to another project and are never copied here).
///
/// The suite runs whenever that folder exists, as it does in CI. When it does not,
/// each parameterised test is disabled with the comment below (Swift Testing reports
/// it as skipped), and `presence()` prints the line
/// `netlib suite skipped: ../shared/netlib not found`.
@Suite("Netlib collection in ../shared/netlib")
struct NetlibTests {
    @Test("The collection is found, or the suite says plainly that it skipped")
    func presence() {
        guard let catalog = NetlibCatalog.shared else {
            print(NetlibCatalog.skipMessage)
            return
        }
        #expect(catalog.instances.count == 34)
        #expect(catalog.instances(expecting: .optimal, kind: .lp).count == 18)
        #expect(catalog.instances(expecting: .optimal, kind: .mip).count == 9)
    }

    @Test(
        "Every optimal instance matches glpsol's objective to 1e-6 (default options)",
        .enabled(if: NetlibCatalog.shared != nil, "netlib suite skipped: ../shared/netlib not found"),
        arguments: NetlibCatalog.shared?.instances(expecting: .optimal) ?? [])
    func optimal(_ instance: NetlibInstance) throws {
        let model = try Model.read(contentsOf: instance.path)
        #expect(model.hasIntegerVariables == (instance.kind == .mip))
        let solution = try model.solve()
        #expect(solution.status == .optimal)
        let objective = try #require(solution.objectiveValue)
        let expected = try #require(instance.objective)
        #expect(
            isApproximatelyEqual(objective, expected, relativeTolerance: 1e-6, absoluteTolerance: 1e-9),
            "\(instance.name): \(objective) vs \(expected)")
        if instance.kind == .mip {
            let bound = try #require(solution.bestBound)
            #expect(isApproximatelyEqual(bound, objective, relativeTolerance: 1e-6))
        }
        #expect(solution.glpkMemoryBlocksLeft == 0)
    }

    @Test(
        "galenet and woodinfe are infeasible, with and without the presolver",
        .enabled(if: NetlibCatalog.shared != nil, "netlib suite skipped: ../shared/netlib not found"),
        arguments: NetlibCatalog.shared?.instances(expecting: .infeasible) ?? [])
    func infeasible(_ instance: NetlibInstance) throws {
        let model = try Model.read(contentsOf: instance.path)
        for presolve in [true, false] {
            let solution = try model.solve(SolverOptions(presolve: presolve))
            #expect(solution.status == .infeasible, "presolve \(presolve)")
            #expect(solution.objectiveValue == nil)
        }
    }

    @Test(
        "gas11 is unbounded, with and without the presolver",
        .enabled(if: NetlibCatalog.shared != nil, "netlib suite skipped: ../shared/netlib not found"),
        arguments: NetlibCatalog.shared?.instances(expecting: .unbounded) ?? [])
    func unbounded(_ instance: NetlibInstance) throws {
        let model = try Model.read(contentsOf: instance.path)
        for presolve in [true, false] {
            let solution = try model.solve(SolverOptions(presolve: presolve))
            #expect(solution.status == .unbounded, "presolve \(presolve)")
        }
    }

    @Test(
        "garbage and nan0…nan2 fail with a .fileRead error naming the file, never a crash",
        .enabled(if: NetlibCatalog.shared != nil, "netlib suite skipped: ../shared/netlib not found"),
        arguments: NetlibCatalog.shared?.instances(expecting: .error) ?? [])
    func badFile(_ instance: NetlibInstance) throws {
        for format in [nil, ModelFileFormat.freeMPS, .fixedMPS, .cplexLP] {
            let error = #expect(throws: GLPKError.self) { try Model.read(contentsOf: instance.path, format: format) }
            #expect(error?.code == .fileRead)
            #expect(error?.context == instance.path)
            #expect(error?.description.hasPrefix(instance.path + ": ") == true)
        }
    }

    @Test(
        "A NaN in the file is named as GLPK reports it, with the line",
        .enabled(if: NetlibCatalog.shared != nil, "netlib suite skipped: ../shared/netlib not found"))
    func nanMessage() throws {
        let catalog = try #require(NetlibCatalog.shared)
        let path = catalog.folder + "/nan1.mps"
        let error = #expect(throws: GLPKError.self) { try Model.read(contentsOf: path, format: .freeMPS) }
        #expect(
            error?.message
                == "GLPK could not read it as free-mps: \(path):9: cannot convert 'nan' to floating-point number; fix the file or name its format"
        )
    }
}

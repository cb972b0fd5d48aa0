import ArgumentParser
import GLPK

/// The `--from` / `--to` values of `skillplan lp convert`: GLPK's file formats.
enum LPFileFormat: String, ExpressibleByArgument, CaseIterable {
    /// Free MPS (`.mps`).
    case freeMPS = "free-mps"
    /// Fixed MPS.
    case fixedMPS = "fixed-mps"
    /// CPLEX LP (`.lp`).
    case cplexLP = "lp"

    /// The wrapper's format.
    var modelFileFormat: ModelFileFormat {
        switch self {
        case .freeMPS: .freeMPS
        case .fixedMPS: .fixedMPS
        case .cplexLP: .cplexLP
        }
    }

    /// The option's value for a wrapper format.
    init(_ format: ModelFileFormat) {
        switch format {
        case .freeMPS: self = .freeMPS
        case .fixedMPS: self = .fixedMPS
        case .cplexLP: self = .cplexLP
        }
    }
}

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "SkillPlan",
    // macOS 15: GLPK.CoreShare uses Atomic and the locks use Synchronization.Mutex.
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "GLPK", targets: ["GLPK"]),
        .library(name: "SkillPlan", targets: ["SkillPlan"]),
        // The executable keeps the name users type; its module is SkillPlanCLI so that no
        // two folders differ only by case (macOS and Windows file systems fold case).
        .executable(name: "skillplan", targets: ["SkillPlanCLI"]),
        .executable(name: "skillplan-bench", targets: ["skillplan-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // SHA-256 of scenarios, input files and saved plans (3.x or 4.x: both are installed).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // The benchmarks' one process launcher (process groups, a teardown sequence).
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    ],
    targets: [
        // The C library. Debian's libglpk-dev ships no glpk.pc, so no pkgConfig.
        .systemLibrary(
            name: "CGLPK",
            path: "Sources/CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // The guarded C entry points (setjmp/longjmp must stay in C).
        .target(
            name: "CGLPKShim",
            dependencies: ["CGLPK"],
            path: "Sources/CGLPKShim"
        ),
        .target(
            name: "GLPK",
            dependencies: ["CGLPK", "CGLPKShim"],
            path: "Sources/GLPK"
        ),
        .target(
            name: "SkillPlan",
            dependencies: [
                "GLPK", .product(name: "Yams", package: "Yams"), .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Sources/SkillPlan"
        ),
        // The web workbench of `skillplan serve`: the command-line layer's second face (it
        // only parses requests, calls SkillPlan and renders pages), a library so that its
        // routes are tested in-process.
        .target(
            name: "SkillPlanWeb",
            dependencies: [
                "SkillPlan", "GLPK", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Sources/SkillPlanWeb"
        ),
        .executableTarget(
            name: "SkillPlanCLI",
            dependencies: [
                "SkillPlan", "SkillPlanWeb", "GLPK", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/SkillPlanCLI"
        ),
        .executableTarget(
            name: "skillplan-bench",
            dependencies: [
                "SkillPlan", "GLPK", "ReferenceModels",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            path: "Sources/skillplan-bench"
        ),
        // Models with known answers that the tests and the benchmarks share (the Netlib
        // catalog, generated LPs with known optima, random knapsacks); not a product.
        .target(
            name: "ReferenceModels",
            dependencies: ["GLPK", "SkillPlan"],
            path: "Sources/ReferenceModels"
        ),
        .target(
            name: "TestSupport",
            dependencies: ["ReferenceModels"],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "GLPKTests",
            dependencies: ["GLPK", "TestSupport"],
            path: "Tests/GLPKTests"
        ),
        .testTarget(
            name: "SkillPlanTests",
            dependencies: ["SkillPlan", "GLPK", "TestSupport", .product(name: "Crypto", package: "swift-crypto")],
            path: "Tests/SkillPlanTests",
            resources: [.copy("Golden")]
        ),
        .testTarget(
            name: "SkillPlanWebTests",
            dependencies: [
                "SkillPlanWeb", "SkillPlan", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Tests/SkillPlanWebTests"
        ),
        .testTarget(
            name: "SkillPlanCLITests",
            dependencies: ["TestSupport"],
            path: "Tests/SkillPlanCLITests",
            // Read through #filePath by the tests that run the binary on them.
            exclude: ["Fixtures"]
        ),
    ]
)

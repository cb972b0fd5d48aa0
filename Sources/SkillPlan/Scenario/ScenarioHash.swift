import Crypto
import Foundation

/// The fingerprint of a resolved scenario: equal for equal inputs, different when any
/// value changes. Plans carry it so that a plan can be matched to the inputs it was
/// solved from.
public enum ScenarioHash {
    /// The SHA-256, in hexadecimal, of the scenario encoded as JSON with sorted keys.
    ///
    /// Sorted keys make the encoding deterministic, dictionaries keyed by year
    /// included (their keys are written as strings and sorted).
    ///
    /// - Parameter scenario: the scenario.
    /// - Returns: 64 lower-case hexadecimal digits.
    public static func hash(of scenario: Scenario) -> String {
        SHA256.hex(of: canonicalJSON(of: scenario))
    }

    /// The bytes that ``hash(of:)`` digests.
    ///
    /// - Parameter scenario: the scenario.
    /// - Returns: the JSON encoding with sorted keys (empty if encoding failed, which
    ///   a `Scenario` of finite numbers never does).
    public static func canonicalJSON(of scenario: Scenario) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Non-finite numbers are invalid input, but must not stop the hash.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
        return (try? encoder.encode(scenario)) ?? Data()
    }
}

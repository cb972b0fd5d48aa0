/// Joins the parts of a model element's name (`intake[p,l,2025]`) or of a planning key
/// into one string, in one allocation.
///
/// A province-size model names 760,000 variables and rows and keys a quarter of a
/// million decisions; string interpolation re-grows its buffer and formats every year
/// again, so the builders join precomputed parts (``ScenarioIndex/offeringName(_:)``,
/// ``ScenarioIndex/yearText(_:)``) with this instead.
enum ElementName {
    /// `a + b + c + d + e + f + g`, sized once.
    @inline(__always)
    static func join(
        _ a: String, _ b: String, _ c: String = "", _ d: String = "",
        _ e: String = "", _ f: String = "", _ g: String = ""
    ) -> String {
        var joined = String()
        joined.reserveCapacity(
            a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count
                + e.utf8.count + f.utf8.count + g.utf8.count)
        joined.append(a)
        joined.append(b)
        joined.append(c)
        joined.append(d)
        joined.append(e)
        joined.append(f)
        joined.append(g)
        return joined
    }
}

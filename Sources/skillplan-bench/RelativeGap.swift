/// The relative gap between a MIP solution's objective and its best bound as GLPK measures
/// it (`glp_ios_mip_gap`: |objective − bound| / (|objective| + DBL_EPSILON)), or `nil` when
/// either is missing: the one formula behind every benchmark table's gap column, whichever
/// solver reported the two numbers.
func relativeGap(objective: Double?, bound: Double?) -> Double? {
    guard let objective, let bound else { return nil }
    return abs(objective - bound) / (abs(objective) + Double.ulpOfOne)
}

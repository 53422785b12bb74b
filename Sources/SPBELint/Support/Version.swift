public enum SPBELintVersion {
    public static let current = "0.2.0"
}
